/** The form in which a read message keeps what the model has no place for (see `src/xml/unknown.ts`). */

/**
 * One element that `fromXml` could not place in the model, kept as received.
 *
 * @example
 * ```ts
 * import type { UnknownElement } from 'ics2/xml';
 * const kept: UnknownElement = { name: 'surprise', after: 'LRN', xml: '<surprise>1</surprise>' };
 * ```
 */
export interface UnknownElement {
  /** The element's local name. */
  name: string;
  /** The XML name of the known sibling it followed in the document; `null` when it came before all of them. */
  after: string | null;
  /**
   * The element's raw text exactly as received (a substring of the input document), with the namespace
   * declarations it uses from its ancestors added to its start tag (`<ie:x xmlns:ie="…">`, `xmlns=""`), so that it
   * stands alone.
   */
  xml: string;
}
