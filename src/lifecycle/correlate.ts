import { messageKind } from './apply';
import type { FilingState, LifecycleMessage } from './types';
import { collect, list, prop, str, uniq } from './values';

/**
 * The key a message was matched on.
 *
 * @example
 * ```ts
 * const k: CorrelationKey = 'MRN';
 * ```
 */
export type CorrelationKey =
  | 'refToMessageId'
  | 'MRN'
  | 'LRN'
  | 'arrival'
  | 'houseDocument'
  | 'masterDocument'
  | 'functionalReference';

/**
 * Which tracked filing(s) a message belongs to: `matches` (ids of the map given), the key used, and in
 * plain words why it matched none or several.
 *
 * @example
 * ```ts
 * const c: Correlation = { matches: ['F12-1'], by: 'MRN', reason: 'MRN 24DE12345678901TA0' };
 * ```
 */
export interface Correlation {
  matches: string[];
  by?: CorrelationKey;
  reason: string;
}

type Filings = Readonly<Record<string, FilingState>>;

function pick(filings: Filings, by: CorrelationKey, what: string, test: (f: FilingState) => boolean): Correlation | undefined {
  const matches = Object.keys(filings).filter((id) => {
    const f = filings[id];
    return f !== undefined && test(f);
  });
  if (matches.length === 0) return undefined;
  return {
    matches,
    by,
    reason: matches.length === 1 ? `${what}` : `${what} is carried by ${matches.length} filings (${matches.join(', ')})`,
  };
}

/**
 * Find the filing(s) a message belongs to among tracked filings, by the AS4 `refToMessageId` (the reply
 * to a message sent), the MRN, the LRN (IE3R01, IE3N01), the arrival notification (IE3R04), house
 * transport documents, the master transport document (with the carrier where the message names one), or
 * the functional reference of a consultation; or say why none or several match. IE3N11 carries no MRN and
 * is matched on its master document. Never throws.
 *
 * @example
 * ```ts
 * correlate({ messageType: 'IE3N03', value: { MRN: '24DE12345678901TA0', completionDate: '...', responsibleMemberState: { country: 'DE' } } }, dossier.filings);
 * // { matches: ['HSP-F15-2404120001'], by: 'MRN', reason: 'MRN 24DE12345678901TA0' }
 * ```
 */
export function correlate(message: LifecycleMessage, filings: Filings): Correlation {
  try {
    return correlateUnsafe(message, filings);
  } catch {
    return { matches: [], reason: 'The message could not be read' };
  }
}

function correlateUnsafe(message: LifecycleMessage, filings: Filings): Correlation {
  const messageType = prop(message, 'messageType');
  const value = prop(message, 'value');
  if (typeof messageType !== 'string') return { matches: [], reason: 'The message has no messageType' };
  const kind = messageKind(messageType);
  const tracked = Object.keys(filings).length;
  if (tracked === 0) return { matches: [], reason: 'No filing is tracked' };
  if (kind === 'IE3Fxx') {
    const lrn = str(value, 'LRN');
    const c = lrn !== undefined ? pick(filings, 'LRN', `LRN ${lrn}`, (f) => f.lrn === lrn) : undefined;
    return c ?? { matches: [], reason: `A new filing${lrn ? ` (LRN ${lrn})` : ''}: it starts its own lifecycle` };
  }
  const ref = prop(message, 'refToMessageId');
  if (typeof ref === 'string') {
    const c = pick(filings, 'refToMessageId', `reply to message ${ref}`, (f) => f.keys.messageIds.includes(ref));
    if (c) return c;
  }
  const reasons: string[] = [];
  if (kind === 'IE3R04') {
    const lrn = str(value, 'LRN');
    const c = lrn !== undefined ? pick(filings, 'arrival', `arrival notification ${lrn}`, (f) => f.keys.arrivalLrn === lrn) : undefined;
    return c ?? { matches: [], reason: `No tracked filing was named by an arrival notification ${lrn ?? '(no LRN)'}: apply the IE3N06 first` };
  }
  const mrn = str(value, 'MRN');
  if (mrn !== undefined) {
    const c = pick(filings, 'MRN', `MRN ${mrn}`, (f) => f.mrn === mrn);
    if (c) return c;
    reasons.push(`no tracked filing is registered under MRN ${mrn}`);
  }
  const lrn = str(value, 'LRN');
  if (lrn !== undefined && (kind === 'IE3R01' || kind === 'IE3N01')) {
    const c = pick(filings, 'LRN', `LRN ${lrn}`, (f) => f.lrn === lrn);
    if (c) return c;
    reasons.push(`no tracked filing has LRN ${lrn}`);
  }
  if (mrn !== undefined && kind !== 'IE3N99' && kind !== 'IE3N11') {
    return { matches: [], reason: `None: ${reasons.join('; ')}` };
  }
  // Arrival notification sent by the carrier: by the MRNs and documents it lists.
  if (kind === 'IE3N06') {
    const mrns = uniq(list(value, 'relatedMRN').map((x) => str(x, 'identification')));
    const docs = uniq(list(value, 'relatedTransportDocument').map((d) => str(d, 'documentNumber')));
    const c = pick(filings, mrns.length ? 'MRN' : 'houseDocument', mrns.length ? `MRNs ${mrns.join(', ')}` : `documents ${docs.join(', ')}`, (f) =>
      (f.mrn !== undefined && mrns.includes(f.mrn)) || [...f.keys.masterDocuments, ...f.keys.houseDocuments].some((d) => docs.includes(d)),
    );
    return c ?? { matches: [], reason: 'None: the arrival notification lists no tracked MRN or transport document' };
  }
  const fr = str(value, 'functionalReference');
  if (fr !== undefined) {
    const c = pick(filings, 'functionalReference', `functional reference ${fr}`, (f) => f.keys.functionalReferences.includes(fr));
    if (c) return c;
    reasons.push(`no consultation with functional reference ${fr}`);
  }
  const houses = uniq(
    [...collect(value, 'transportDocumentHouse'), ...collect(value, 'transportDocumentHouseLevel')].map((d) => str(d, 'documentNumber')),
  );
  if (houses.length > 0) {
    const c = pick(filings, 'houseDocument', `house document ${houses.join(', ')}`, (f) => f.keys.houseDocuments.some((h) => houses.includes(h)));
    if (c) return c;
    reasons.push(`no tracked filing carries house document ${houses.join(', ')}`);
  }
  const doc = str(value, 'transportDocument', 'documentNumber');
  if (doc !== undefined) {
    const carrier = str(value, 'carrier', 'identificationNumber');
    const c =
      pick(filings, 'masterDocument', `master document ${doc}`, (f) => f.keys.masterDocuments.includes(doc) && (carrier === undefined || f.keys.carrier === undefined || f.keys.carrier === carrier)) ??
      pick(filings, 'houseDocument', `transport document ${doc}`, (f) => f.keys.houseDocuments.includes(doc));
    if (c) {
      if (c.matches.length > 1 && kind !== 'IE3N11') {
        // Prefer the master-level filing (the one without house documents of its own naming it).
        const masters = c.matches.filter((id) => (filings[id]?.keys.houseDocuments.length ?? 0) === 0);
        if (masters.length === 1) return { matches: masters, by: 'masterDocument', reason: `master document ${doc} (the master-level filing of ${c.matches.length} carrying it)` };
      }
      return c;
    }
    reasons.push(`no tracked filing carries transport document ${doc}`);
  }
  if (kind === 'IE3N99' && reasons.length === 0) {
    return { matches: [], reason: 'None: an IE3N99 names no LRN or MRN; give refToMessageId (eb:RefToMessageId of the AS4 reply) to match it' };
  }
  return { matches: [], reason: reasons.length ? `None: ${reasons.join('; ')}` : `None: ${messageType} carries no key a tracked filing has` };
}
