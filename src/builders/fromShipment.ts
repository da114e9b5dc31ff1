/**
 * Shipment builders: one shipment description (a master transport document with its houses) in, every
 * filing it needs out, each typed by its message (`sea.fromBillOfLading`, `air.fromMasterAirWaybill`,
 * `express.fromShipment`).
 */
import { issue, type Issue, type Result } from '../core/issue';
import type { ElementMeta } from '../core/meta';
import type { FilingTypeCode, MessageType } from '../generated/catalogue';
import { registry } from '../generated/registry';
import type { Message } from '../validate';
import { createBuilder } from './createBuilder';
import { fitToMessage } from './fitToMessage';
import type { Input } from './types';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);

// ---------------------------------------------------------------------------------------------------------
// Part types, derived from the generated message types (they follow the model when it is regenerated).

type Elem<T> = T extends readonly (infer U)[] ? U : T;
type In<K extends MessageType> = Input<Message<K>>;
type CmlOf<K extends MessageType> = In<K> extends { consignmentMasterLevel: infer C } ? C : never;
type ChlOf<K extends MessageType> = K extends MessageType
  ? CmlOf<K> extends { consignmentHouseLevel: infer H }
    ? Elem<H>
    : never
  : never;
type TopOf<K extends MessageType> = K extends MessageType
  ? Omit<In<K>, 'LRN' | 'SpecificCircumstanceIndicator' | 'consignmentMasterLevel'>
  : never;
type MasterOwnOf<K extends MessageType> = K extends MessageType
  ? Omit<CmlOf<K>, 'consignmentHouseLevel'>
  : never;
type DeclarantOf<K extends MessageType> = K extends MessageType
  ? In<K> extends { declarant: infer D }
    ? D
    : never
  : never;
type KeysOf<U> = U extends unknown ? keyof U : never;
type ValueOf<U, P extends PropertyKey> = U extends unknown ? (P extends keyof U ? U[P] : never) : never;
/**
 * Every element any of the objects has, each optional, with the type any of them accepts (the messages of one
 * shipment do not always agree: a PLACI goods item has one packaging, a house filing's a list). Each filing's own
 * result says what its message refuses; unknown keys are refused at run time at any depth.
 */
type AnyOf<U> = { [P in KeysOf<U>]?: ValueOf<U, P> };

/**
 * The top-level elements a shipment shares between the filings of messages `K` (documentIssueDate,
 * addressedMemberState, declarant, activeBorderTransportMeans, customsOfficeOfFirstEntry ...): every element
 * one of those messages has, typed as the message types it (`LRN` and `consignmentMasterLevel` have their own
 * parts). Each filing takes the elements its message has; what it lacks is reported by its `build()`.
 *
 * @example
 * ```ts
 * import type { ShipmentHeader } from 'ics2/builders';
 * const header: ShipmentHeader<'IE3F12' | 'IE3F15'> = { addressedMemberState: { country: 'DE' } };
 * ```
 */
export type ShipmentHeader<K extends MessageType> = AnyOf<TopOf<K>>;

/**
 * Master-level consignment elements of the filings of messages `K` (transportDocumentMasterLevel, carrier,
 * placeOfLoading ...), and the house-level elements of `C`, the master filings whose model carries the master
 * document at house level (IE3F12).
 *
 * @example
 * ```ts
 * import type { ShipmentMaster } from 'ics2/builders';
 * const master: ShipmentMaster<'IE3F12' | 'IE3F15', 'IE3F12'> = { transportDocumentMasterLevel: { documentNumber: 'NCLU240412SHAHAM02', type: 'N704' } };
 * ```
 */
export type ShipmentMaster<K extends MessageType, C extends MessageType = never> = AnyOf<
  MasterOwnOf<K> | ChlOf<C>
>;

/**
 * One house (house bill of lading, house air waybill) of a shipment whose house-level data goes to the
 * filings of messages `K`.
 *
 * @example
 * ```ts
 * import type { ShipmentHouse } from 'ics2/builders';
 * const h: ShipmentHouse<'IE3F15'> = { lrn: 'HSP-F15-0001', consignment: { totalGrossMass: '8200' } };
 * ```
 */
export interface ShipmentHouse<K extends MessageType> {
  /** LRN of this house's own filing (multiple filing); default: the shipment LRN + `H1`, `H2` ... */
  lrn?: string;
  /** Who lodges this house's filing (a forwarder) in multiple filing; default: the shipment declarant. */
  declarant?: AnyOf<DeclarantOf<K>>;
  /** The house-level consignment: consignor, consignee, goods items, transport document (house level) ... */
  consignment: AnyOf<ChlOf<K>>;
}

/**
 * A shipment: one master transport document with its houses. `H` are the messages of the filings the shared
 * parts go to, `M` those the master part goes to (`C`: master filings that hold it at house level), `K` those
 * that take the houses.
 *
 * @example
 * ```ts
 * import type { Shipment } from 'ics2/builders';
 * type SeaMultiple = Shipment<'IE3F12' | 'IE3F15', 'IE3F12' | 'IE3F15', 'IE3F15', 'IE3F12'>;
 * ```
 */
export interface Shipment<
  H extends MessageType,
  M extends MessageType = H,
  K extends MessageType = H,
  C extends MessageType = never,
> {
  /** LRN of the (master) filing, an..22; house filings get `H1`, `H2` ... appended unless they bring their own. */
  lrn: string;
  header: ShipmentHeader<H>;
  master: ShipmentMaster<M, C>;
  houses: readonly ShipmentHouse<K>[];
}

/**
 * One filing of a shipment, built and validated: `result` is a `Result` of its message.
 *
 * @example
 * ```ts
 * import type { ShipmentFiling } from 'ics2/builders';
 * declare const f: ShipmentFiling<'IE3F12'>;
 * if (f.result.ok) f.result.value.consignmentMasterLevel;
 * ```
 */
export interface ShipmentFiling<K extends MessageType = MessageType> {
  filingType: FilingTypeCode;
  messageType: K;
  /** `master`, `house`, `complete` (one filing with master and houses) or `placi` (pre-loading). */
  role: 'master' | 'house' | 'complete' | 'placi';
  /** 0-based index of the house, for house filings. */
  house?: number;
  lrn: string;
  result: Result<Message<K>>;
}

/** A {@link ShipmentFiling} for each message of a union. */
type FilingOf<K extends MessageType> = K extends MessageType ? ShipmentFiling<K> : never;

/**
 * What a shipment builder returns: every filing in lodging order (`filings`), the problems of the shipment
 * description itself (`issues`: an element no target message has, a part that is not an object), and `ok`
 * when there are none and every filing is valid.
 *
 * @example
 * ```ts
 * import type { ShipmentFilings } from 'ics2/builders';
 * declare const out: ShipmentFilings<'IE3F12' | 'IE3F15'>;
 * if (!out.ok) for (const i of out.issues) console.log(i.pointer, i.message);
 * ```
 */
export interface ShipmentFilings<K extends MessageType> {
  ok: boolean;
  issues: Issue[];
  filings: FilingOf<K>[];
}

// ---------------------------------------------------------------------------------------------------------
// Run-time check of the shipment description against the messages it feeds.

const distance = (a: string, b: string): number => {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i]![j] = Math.min(
        d[i - 1]![j]! + 1,
        d[i]![j - 1]! + 1,
        d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
  return d[a.length]![b.length]!;
};

const suggest = (key: string, names: readonly string[]): string => {
  let best: string | undefined;
  let bestD = Infinity;
  for (const n of names) {
    const dist = n.toLowerCase() === key.toLowerCase() ? 0 : distance(key, n);
    if (dist < bestD) [best, bestD] = [n, dist];
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(key.length / 4))
    ? ` (did you mean ${best}?)`
    : '';
};

const pointerOf = (path: (string | number)[]): string => `/${path.join('/')}`;

/** Issues for every key of `value` that none of `nodes` has as a child (recursively). */
function checkPart(
  value: unknown,
  nodes: readonly ElementMeta[],
  path: (string | number)[],
  messages: readonly MessageType[],
  exclude: ReadonlySet<string> = new Set(),
  out: Issue[] = [],
): Issue[] {
  if (value === undefined) return out;
  if (Array.isArray(value)) {
    value.forEach((v, i) => checkPart(v, nodes, [...path, i], messages, exclude, out));
    return out;
  }
  if (!isObj(value)) {
    out.push(
      issue('invalid_type', path, pointerOf(path), `${path.join('.')} should be an object of elements`),
    );
    return out;
  }
  const names = [...new Set(nodes.flatMap((n) => (n.children ?? []).map((c) => c.name)))].filter(
    (n) => !exclude.has(n),
  );
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    const here = [...path, key];
    if (exclude.has(key)) {
      out.push(
        issue(
          'not_in_this_part',
          here,
          pointerOf(here),
          key === 'consignmentMasterLevel'
            ? `${key} is assembled from the master and houses parts; give its elements there`
            : `${key} is set by the shipment builder (${key === 'LRN' ? 'give shipment.lrn' : 'per filing'})`,
        ),
      );
      continue;
    }
    const matches = nodes.flatMap((n) => (n.children ?? []).filter((c) => c.name === key));
    if (!matches.length) {
      out.push(
        issue(
          'unknown_element',
          here,
          pointerOf(here),
          `${key} is not an element of ${path.join('.')} in ${messages.join(', ')}${suggest(key, names)}`,
        ),
      );
      continue;
    }
    const groups = matches.filter((c) => c.encoding === 'group');
    if (groups.length) checkPart(v, groups, here, messages, new Set(), out);
  }
  return out;
}

const rootOf = (t: MessageType): ElementMeta => registry[t].meta.root;
const child = (n: ElementMeta | undefined, name: string): ElementMeta | undefined =>
  n?.children?.find((c) => c.name === name);
const cmlOf = (t: MessageType): ElementMeta | undefined => child(rootOf(t), 'consignmentMasterLevel');
const chlOf = (t: MessageType): ElementMeta | undefined => child(cmlOf(t), 'consignmentHouseLevel');
const defined = <T>(xs: (T | undefined)[]): T[] => xs.filter((x): x is T => x !== undefined);
const HEADER_EXCLUDED = new Set(['LRN', 'SpecificCircumstanceIndicator', 'consignmentMasterLevel']);

/** A shipment as the run-time code sees it (any parts). */
interface LooseShipment {
  lrn: string;
  header?: unknown;
  master?: unknown;
  houses?: unknown;
}
interface LooseHouse {
  lrn?: string;
  declarant?: unknown;
  consignment?: unknown;
}

interface Targets {
  /** Messages the header goes to (all of them). */
  all: readonly MessageType[];
  /** Master filings whose model keeps the master document at house level. */
  masterAtHouse: readonly MessageType[];
  /** Messages that take the houses. */
  houses: readonly MessageType[];
}

function checkShipment(s: LooseShipment, t: Targets): Issue[] {
  const out: Issue[] = [];
  if (!isObj(s)) return [issue('invalid_type', [], '/', 'The shipment should be an object')];
  if (typeof s.lrn !== 'string' || !s.lrn)
    out.push(issue('missing', ['lrn'], '/lrn', 'lrn (the LRN of the master filing) is required'));
  checkPart(s.header ?? {}, t.all.map(rootOf), ['header'], t.all, HEADER_EXCLUDED, out);
  const masterNodes = defined([
    ...t.all.map((m) => {
      const cml = cmlOf(m);
      return cml && { ...cml, children: cml.children?.filter((c) => c.name !== 'consignmentHouseLevel') };
    }),
    ...t.masterAtHouse.map(chlOf),
  ]);
  checkPart(s.master ?? {}, masterNodes, ['master'], t.all, new Set(), out);
  if (!Array.isArray(s.houses)) {
    out.push(issue('invalid_type', ['houses'], '/houses', 'houses should be an array (it may be empty)'));
    return out;
  }
  const houseNodes = defined(t.houses.map(chlOf));
  const declarants = defined(t.houses.map((m) => child(rootOf(m), 'declarant')));
  s.houses.forEach((h: unknown, i) => {
    if (!isObj(h)) {
      out.push(issue('invalid_type', ['houses', i], `/houses/${i}`, `houses[${i}] should be an object`));
      return;
    }
    for (const key of Object.keys(h))
      if (!['lrn', 'declarant', 'consignment'].includes(key) && h[key] !== undefined)
        out.push(
          issue(
            'unknown_element',
            ['houses', i, key],
            `/houses/${i}/${key}`,
            `${key} is not a part of a house: give lrn, declarant and consignment${suggest(key, ['lrn', 'declarant', 'consignment'])}`,
          ),
        );
    checkPart(h.consignment ?? {}, houseNodes, ['houses', i, 'consignment'], t.houses, new Set(), out);
    if (h.declarant !== undefined)
      checkPart(h.declarant, declarants, ['houses', i, 'declarant'], t.houses, new Set(), out);
  });
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Assembling the filings.

const build = <K extends MessageType>(
  messageType: K,
  code: FilingTypeCode,
  data: Obj,
): Result<Message<K>> => {
  const fitted = fitToMessage(registry[messageType].meta.root, data) as Obj;
  type Loose = { set(k: string, v: unknown): Loose; build(): Result<Message<K>> };
  let b = createBuilder(messageType) as unknown as Loose;
  for (const [k, v] of Object.entries(fitted)) b = b.set(k, v);
  return b.set('SpecificCircumstanceIndicator', code).build();
};

const codeOf = (t: MessageType): FilingTypeCode => t.slice(3) as FilingTypeCode;
const parts = (s: LooseShipment) => ({
  header: isObj(s.header) ? s.header : {},
  master: isObj(s.master) ? s.master : {},
  houses: (Array.isArray(s.houses) ? (s.houses as unknown[]) : []).filter(isObj) as LooseHouse[],
});
/** Master elements some models carry at house level (the carrier, the master transport document). */
const withMaster = (master: Obj, house: unknown): Obj => ({ ...master, ...(isObj(house) ? house : {}) });
const houseLrn = (s: LooseShipment, h: LooseHouse | undefined, i: number): string =>
  h?.lrn ?? `${s.lrn}H${i + 1}`;

/** One filing with the master and every house (a complete or PLACI dataset). */
function whole<K extends MessageType>(
  s: LooseShipment,
  messageType: K,
  role: 'complete' | 'placi',
  lrn: string,
): ShipmentFiling<K> {
  const { header, master, houses } = parts(s);
  const data = {
    ...header,
    LRN: lrn,
    consignmentMasterLevel: {
      ...master,
      consignmentHouseLevel: houses.map((h) => withMaster(master, h.consignment)),
    },
  };
  const code = codeOf(messageType);
  return { filingType: code, messageType, role, lrn, result: build(messageType, code, data) };
}

/** The master filing of a multiple filing. */
function masterFiling<K extends MessageType>(s: LooseShipment, messageType: K): ShipmentFiling<K> {
  const { header, master } = parts(s);
  const data = {
    ...header,
    LRN: s.lrn,
    consignmentMasterLevel: { ...master, consignmentHouseLevel: { ...master } },
  };
  const code = codeOf(messageType);
  return {
    filingType: code,
    messageType,
    role: 'master',
    lrn: s.lrn,
    result: build(messageType, code, data),
  };
}

/** One filing per house of a multiple filing. */
function houseFilings<K extends MessageType>(s: LooseShipment, messageType: K): ShipmentFiling<K>[] {
  const { header, master, houses } = parts(s);
  const code = codeOf(messageType);
  return houses.map((h, i) => {
    const lrn = houseLrn(s, h, i);
    const data = {
      ...header,
      ...(h.declarant !== undefined ? { declarant: h.declarant } : {}),
      LRN: lrn,
      consignmentMasterLevel: { ...master, consignmentHouseLevel: withMaster(master, h.consignment) },
    };
    return {
      filingType: code,
      messageType,
      role: 'house' as const,
      house: i,
      lrn,
      result: build(messageType, code, data),
    };
  });
}

const done = <K extends MessageType>(issues: Issue[], filings: FilingOf<K>[]) => ({
  ok: !issues.length && filings.every((f) => f.result.ok),
  issues,
  filings,
});

// ---------------------------------------------------------------------------------------------------------
// Sea.

/**
 * A sea shipment for single filing: one F11 (complete dataset, master bill with its house bills).
 *
 * @example
 * ```ts
 * import type { SeaSingleShipment } from 'ics2/builders';
 * const s: SeaSingleShipment = { filing: 'single', lrn: 'NCL-F11-0001', header: {}, master: {}, houses: [] };
 * ```
 */
export interface SeaSingleShipment extends Shipment<'IE3F11'> {
  filing: 'single';
}

/**
 * A sea shipment for multiple filing: the carrier's F12 (master bill) and an F15 per house bill.
 *
 * @example
 * ```ts
 * import type { SeaMultipleShipment } from 'ics2/builders';
 * const s: SeaMultipleShipment = { filing: 'multiple', lrn: 'NCL-F12-0001', header: {}, master: {}, houses: [] };
 * ```
 */
export interface SeaMultipleShipment extends Shipment<
  'IE3F12' | 'IE3F15',
  'IE3F12' | 'IE3F15',
  'IE3F15',
  'IE3F12'
> {
  filing: 'multiple';
}

/**
 * The filings of a sea shipment for single filing.
 *
 * @example
 * ```ts
 * import type { SeaSingleFilings } from 'ics2/builders';
 * declare const out: SeaSingleFilings;
 * if (out.complete.result.ok) out.complete.result.value.consignmentMasterLevel;
 * ```
 */
export interface SeaSingleFilings extends ShipmentFilings<'IE3F11'> {
  complete: ShipmentFiling<'IE3F11'>;
}

/**
 * The filings of a sea shipment for multiple filing.
 *
 * @example
 * ```ts
 * import type { SeaMultipleFilings } from 'ics2/builders';
 * declare const out: SeaMultipleFilings;
 * out.houses.map((h) => h.lrn);
 * ```
 */
export interface SeaMultipleFilings extends ShipmentFilings<'IE3F12' | 'IE3F15'> {
  master: ShipmentFiling<'IE3F12'>;
  houses: ShipmentFiling<'IE3F15'>[];
}

/**
 * The filings of a sea shipment under a master bill of lading with house bills: single filing gives one F11
 * (complete dataset, master with houses); multiple filing gives the carrier's F12 (master bill) and an F15
 * per house bill (with the consignee's particulars), each lodged by its house's declarant (the forwarder)
 * when given. Each part is typed by the messages it feeds; an element none of them has is refused by the
 * compiler (in an object literal) and reported in `issues` at run time; what a filing lacks is in its result.
 *
 * @example
 * ```ts
 * import { sea } from 'ics2/builders';
 * const out = sea.fromBillOfLading({ filing: 'multiple', lrn: 'MSC-240412-01', header, master, houses });
 * out.filings.map((f) => f.filingType); // ['F12', 'F15', 'F15']
 * if (out.master.result.ok) out.master.result.value.consignmentMasterLevel;
 * ```
 */
export function fromBillOfLading(shipment: SeaSingleShipment): SeaSingleFilings;
export function fromBillOfLading(shipment: SeaMultipleShipment): SeaMultipleFilings;
export function fromBillOfLading(
  shipment: SeaSingleShipment | SeaMultipleShipment,
): SeaSingleFilings | SeaMultipleFilings {
  if (shipment.filing === 'single') {
    const issues = checkShipment(shipment, { all: ['IE3F11'], masterAtHouse: [], houses: ['IE3F11'] });
    const complete = whole(shipment, 'IE3F11', 'complete', shipment.lrn);
    return { ...done(issues, [complete]), complete };
  }
  const issues = checkShipment(shipment, {
    all: ['IE3F12', 'IE3F15'],
    masterAtHouse: ['IE3F12'],
    houses: ['IE3F15'],
  });
  const master = masterFiling(shipment, 'IE3F12');
  const houses = houseFilings(shipment, 'IE3F15');
  return { ...done<'IE3F12' | 'IE3F15'>(issues, [master, ...houses]), master, houses };
}

// ---------------------------------------------------------------------------------------------------------
// Air.

/**
 * An air shipment for single filing: one F20 (complete, pre-loading, the default) or F27 (complete,
 * pre-arrival); with `placi: true` an F23 (PLACI minimum dataset, all houses) comes first.
 *
 * @example
 * ```ts
 * import type { AirSingleShipment } from 'ics2/builders';
 * const s: AirSingleShipment = { filing: 'single', lodging: 'pre-arrival', lrn: 'LH-0001', header: {}, master: {}, houses: [] };
 * ```
 */
export interface AirSingleShipment extends Shipment<'IE3F20' | 'IE3F27' | 'IE3F23'> {
  filing: 'single';
  lodging?: 'pre-loading' | 'pre-arrival';
  placi?: boolean;
}

/**
 * An air shipment for multiple filing: an F22 per house air waybill (the forwarders'), then the carrier's
 * F21 (master air waybill); with `placi: true` an F23 (all houses) comes first.
 *
 * @example
 * ```ts
 * import type { AirMultipleShipment } from 'ics2/builders';
 * const s: AirMultipleShipment = { filing: 'multiple', placi: true, lrn: 'LH-0001', header: {}, master: {}, houses: [] };
 * ```
 */
export interface AirMultipleShipment extends Shipment<
  'IE3F21' | 'IE3F22' | 'IE3F23',
  'IE3F21' | 'IE3F22' | 'IE3F23',
  'IE3F22' | 'IE3F23'
> {
  filing: 'multiple';
  lodging?: 'pre-arrival';
  placi?: boolean;
}

/**
 * The filings of an air shipment for single filing.
 *
 * @example
 * ```ts
 * import type { AirSingleFilings } from 'ics2/builders';
 * declare const out: AirSingleFilings;
 * out.complete.messageType; // 'IE3F20' | 'IE3F27'
 * ```
 */
export interface AirSingleFilings extends ShipmentFilings<'IE3F20' | 'IE3F27' | 'IE3F23'> {
  placi?: ShipmentFiling<'IE3F23'>;
  complete: ShipmentFiling<'IE3F20'> | ShipmentFiling<'IE3F27'>;
}

/**
 * The filings of an air shipment for multiple filing.
 *
 * @example
 * ```ts
 * import type { AirMultipleFilings } from 'ics2/builders';
 * declare const out: AirMultipleFilings;
 * out.master.messageType; // 'IE3F21'
 * ```
 */
export interface AirMultipleFilings extends ShipmentFilings<'IE3F21' | 'IE3F22' | 'IE3F23'> {
  placi?: ShipmentFiling<'IE3F23'>;
  houses: ShipmentFiling<'IE3F22'>[];
  master: ShipmentFiling<'IE3F21'>;
}

/**
 * The filings of an air shipment under a master air waybill with house air waybills: single filing gives one
 * F20 (complete, pre-loading) or F27 (complete, pre-arrival); multiple filing gives an F22 per house air
 * waybill (the forwarders') and then the carrier's F21 (master air waybill). With `placi: true` an F23 (PLACI
 * minimum dataset, pre-loading, all houses, LRN + `P`) comes first. Parts are checked as for
 * {@link fromBillOfLading}.
 *
 * @example
 * ```ts
 * import { air } from 'ics2/builders';
 * const out = air.fromMasterAirWaybill({ filing: 'multiple', placi: true, lrn: 'LH-240412-01', header, master, houses });
 * out.filings.map((f) => f.filingType); // ['F23', 'F22', 'F21']
 * ```
 */
export function fromMasterAirWaybill(shipment: AirSingleShipment): AirSingleFilings;
export function fromMasterAirWaybill(shipment: AirMultipleShipment): AirMultipleFilings;
export function fromMasterAirWaybill(
  shipment: AirSingleShipment | AirMultipleShipment,
): AirSingleFilings | AirMultipleFilings {
  const placiType: MessageType[] = shipment.placi ? ['IE3F23'] : [];
  const placi = shipment.placi ? whole(shipment, 'IE3F23', 'placi', `${shipment.lrn}P`) : undefined;
  if (shipment.filing === 'single') {
    const type = shipment.lodging === 'pre-arrival' ? 'IE3F27' : 'IE3F20';
    const issues = checkShipment(shipment, {
      all: [type, ...placiType],
      masterAtHouse: [],
      houses: [type, ...placiType],
    });
    const complete =
      type === 'IE3F27'
        ? whole(shipment, 'IE3F27', 'complete', shipment.lrn)
        : whole(shipment, 'IE3F20', 'complete', shipment.lrn);
    const filings: FilingOf<'IE3F20' | 'IE3F27' | 'IE3F23'>[] = placi ? [placi, complete] : [complete];
    return { ...done(issues, filings), ...(placi ? { placi } : {}), complete };
  }
  const issues = checkShipment(shipment, {
    all: ['IE3F21', 'IE3F22', ...placiType],
    masterAtHouse: [],
    houses: ['IE3F22', ...placiType],
  });
  const houses = houseFilings(shipment, 'IE3F22');
  const master = masterFiling(shipment, 'IE3F21');
  const filings: FilingOf<'IE3F21' | 'IE3F22' | 'IE3F23'>[] = [...(placi ? [placi] : []), ...houses, master];
  return { ...done(issues, filings), ...(placi ? { placi } : {}), houses, master };
}

// ---------------------------------------------------------------------------------------------------------
// Express.

/**
 * An express shipment (the express operator's consignments under one master document). `carriage` says how
 * it travels: `express-air` (the operator's own aircraft: one F30, complete, pre-arrival), `general-air-cargo`
 * (on an airline's flight: one F31 by the express operator with `filing: 'single'`, or an F33 per house with
 * `filing: 'multiple'`, the airline lodging its own F21), `road` (one F34). With `placi: true` (air only) an
 * F32 (PLACI minimum dataset, pre-loading, all houses, LRN + `P`) comes first.
 *
 * @example
 * ```ts
 * import type { ExpressShipment } from 'ics2/builders';
 * const s: ExpressShipment = { carriage: 'express-air', placi: true, lrn: 'RXL-0001', header: {}, master: {}, houses: [] };
 * ```
 */
export type ExpressShipment =
  | (Shipment<'IE3F30' | 'IE3F32'> & { carriage: 'express-air'; placi?: boolean; filing?: 'single' })
  | (Shipment<'IE3F31' | 'IE3F32'> & { carriage: 'general-air-cargo'; placi?: boolean; filing?: 'single' })
  | (Shipment<'IE3F33' | 'IE3F32'> & { carriage: 'general-air-cargo'; placi?: boolean; filing: 'multiple' })
  | (Shipment<'IE3F34'> & { carriage: 'road'; placi?: false; filing?: 'single' });

/**
 * The filings of an express shipment: the PLACI F32 when asked, then the complete filing (F30, F31, F34) or
 * the house filings (F33).
 *
 * @example
 * ```ts
 * import type { ExpressFilings } from 'ics2/builders';
 * declare const out: ExpressFilings;
 * if (out.placi?.result.ok) out.placi.result.value.consignmentMasterLevel.consignmentHouseLevel;
 * ```
 */
export interface ExpressFilings extends ShipmentFilings<
  'IE3F30' | 'IE3F31' | 'IE3F32' | 'IE3F33' | 'IE3F34'
> {
  placi?: ShipmentFiling<'IE3F32'>;
  complete?: ShipmentFiling<'IE3F30'> | ShipmentFiling<'IE3F31'> | ShipmentFiling<'IE3F34'>;
  houses: ShipmentFiling<'IE3F33'>[];
}

/**
 * The filings of an express shipment (see {@link ExpressShipment} for which filings each carriage gives).
 * Parts are checked as for {@link fromBillOfLading}.
 *
 * @example
 * ```ts
 * import { express } from 'ics2/builders';
 * const out = express.fromShipment({ carriage: 'express-air', placi: true, lrn: 'RXL-240412-01', header, master, houses });
 * out.filings.map((f) => f.filingType); // ['F32', 'F30']
 * ```
 */
export function fromShipment(shipment: ExpressShipment): ExpressFilings {
  const air = shipment.carriage !== 'road';
  const placiType: MessageType[] = shipment.placi && air ? ['IE3F32'] : [];
  const placi = placiType.length ? whole(shipment, 'IE3F32', 'placi', `${shipment.lrn}P`) : undefined;
  const head: FilingOf<'IE3F32'>[] = placi ? [placi] : [];
  const extra = placi ? { placi } : {};
  if (shipment.carriage === 'general-air-cargo' && shipment.filing === 'multiple') {
    const issues = checkShipment(shipment, {
      all: ['IE3F33', ...placiType],
      masterAtHouse: [],
      houses: ['IE3F33', ...placiType],
    });
    const houses = houseFilings(shipment, 'IE3F33');
    return { ...done(issues, [...head, ...houses]), ...extra, houses };
  }
  const type =
    shipment.carriage === 'road' ? 'IE3F34' : shipment.carriage === 'express-air' ? 'IE3F30' : 'IE3F31';
  const issues = checkShipment(shipment, {
    all: [type, ...placiType],
    masterAtHouse: [],
    houses: [type, ...placiType],
  });
  const complete =
    type === 'IE3F34'
      ? whole(shipment, 'IE3F34', 'complete', shipment.lrn)
      : type === 'IE3F30'
        ? whole(shipment, 'IE3F30', 'complete', shipment.lrn)
        : whole(shipment, 'IE3F31', 'complete', shipment.lrn);
  return { ...done(issues, [...head, complete]), ...extra, complete, houses: [] };
}
