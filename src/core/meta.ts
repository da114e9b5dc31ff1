/**
 * The element metadata that the generator writes for every message (`src/generated/messages/*.ts`) and
 * that the validator, the rules, the XML writer and reader and the builders are driven by.
 */

/** Where an element of an assembled message came from (see `docs/coverage.md`). */
/**
 * Where an element came from: `table` its own HTI table (agreeing with the library), `library` the EU type library
 * (the matched type of its top-level element), `twin`/`sibling`/`inferred` rows of other tables where no library type
 * decides (top-level simple elements).
 */
export type Provenance = 'table' | 'library' | 'twin' | 'sibling' | 'inferred';

/** How sure the matcher is of the library type of a top-level element (docs/coverage.md). */
export type MatchConfidence = 'wrapper' | 'unique-fit' | 'position' | 'twin' | 'description' | 'equivalent' | 'ambiguous';

/**
 * How an element is encoded in XML: a `group` has child elements; `text` is a simple value;
 * `dateTime` is wrapped (`<documentIssueDate><DateTime>...</DateTime></documentIssueDate>`);
 * `amount` carries `value` and `currency` as XML attributes.
 */
export type Encoding = 'group' | 'text' | 'dateTime' | 'amount';

/**
 * One element of a message, as the HTI table (or its stand-in) describes it.
 *
 * @example
 * ```ts
 * import { messageInfo } from 'ics2';
 * const lrn = messageInfo('IE3F32').root.children?.find((c) => c.name === 'LRN');
 * lrn?.format; // 'an..22'
 * ```
 */
export interface ElementMeta {
  /** XML element name (ICS2 name). */
  readonly name: string;
  /** Name in the HTI table ("Place of loading"). */
  readonly label: string;
  readonly encoding: Encoding;
  /** Minimum repetitions (0 = optional). */
  readonly min: number;
  /** Maximum repetitions (1 = single value; more = array in the model). */
  readonly max: number;
  /** `M` mandatory, `O` optional, `C` conditional (optional in the structural schema). */
  readonly presence: 'M' | 'O' | 'C';
  /** HTI format (`an..35`, `n..16,6`, `an20 (YYYY-MM-DDThh:mm:ssZ)`). */
  readonly format?: string;
  /** Code-list id (`CL742`). */
  readonly codeList?: string;
  readonly rules?: readonly string[];
  readonly conditions?: readonly string[];
  /** WCO data-model id. */
  readonly wcoId?: string;
  /**
   * The XSD type derives from `xs:token` (or `xs:decimal`, `xs:boolean`; a date-time always collapses): the
   * receiver collapses white space (leading, trailing and repeated spaces, tabs and line breaks), so such a value is
   * read, and checked, collapsed.
   */
  readonly collapse?: boolean;
  readonly provenance: Provenance;
  /** The message whose table the element was read from, when not this message's own. */
  readonly from?: string;
  /** Remarks: source anomalies, inference reasons. */
  readonly notes?: readonly string[];
  /** For `amount`: formats of the `value` and `currency` attributes. */
  readonly amount?: { readonly value: string; readonly currency: string; readonly currencyCodeList?: string };
  /** For `group`: the children in XML order. */
  readonly children?: readonly ElementMeta[];
  /** For `group`: the ctypes.xsd complex types the children fit. */
  readonly xsdTypes?: readonly string[];
  /** The element's type in the EU type library (ctypes.xsd / stypes.xsd). */
  readonly xsdType?: string;
  /** The XSD pattern of the element's simple type. */
  readonly pattern?: string;
  /** The only value allowed (the message's own Specific Circumstance Indicator, `F32` in IE3F32 and IE3A32). */
  readonly fixed?: string;
  /**
   * The structure here is not certain: the matcher left several library types (their union is the model, what not
   * all share is optional). Unknown elements below it are reported as warnings, not errors.
   */
  readonly uncertain?: boolean;
  /** For a top-level element: the library type the matcher chose, with its confidence and reason. */
  readonly match?: { readonly type: string; readonly confidence: MatchConfidence; readonly candidates: readonly string[]; readonly reason: string };
}

/** Message catalogue entry with its provenance. */
export interface MessageMeta {
  readonly id: string;
  readonly direction: 't2c' | 'c2t';
  readonly purpose: string;
  readonly correlatedBy: string | null;
  /** The filing type (`F32`) for IE3Fxx and IE3Axx. */
  readonly filingType?: string;
  readonly amendment: boolean;
  readonly specVersion: string;
  /** The message's own table: whether any rows survive, whether all chunks do. */
  readonly table: {
    readonly present: boolean;
    readonly complete: boolean;
    readonly chunksPresent: readonly number[];
    readonly chunkCount: number | null;
  };
  /** Elements by provenance. */
  readonly coverage: {
    readonly table: number;
    readonly library: number;
    readonly twin: number;
    readonly sibling: number;
    readonly inferred: number;
  };
  /** How the tree was assembled (one line a step). */
  readonly assembly: readonly string[];
  readonly root: ElementMeta;
}
