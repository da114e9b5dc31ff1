import { normalizeInput, sampleFilingInput } from '../builders/index';
import type { MessageType } from '../generated/catalogue';
import { registry } from '../generated/registry';
import { validate } from '../validate';
import type { LifecycleMessage } from './types';

type Obj = Record<string, unknown>;

/** A filing built from the sample input of its type, with overrides merged at the top level; validated. */
export function filing(
  messageType: MessageType,
  overrides: Obj = {},
  docs: { master?: string; house?: string } = {},
): LifecycleMessage & { value: Obj } {
  const input: Obj = { ...sampleFilingInput(messageType), SpecificCircumstanceIndicator: `F${messageType.slice(4)}`, ...overrides };
  if (docs.master !== undefined) setAll(input, 'transportDocumentMasterLevel', 'documentNumber', docs.master);
  if (docs.house !== undefined) setAll(input, 'transportDocumentHouseLevel', 'documentNumber', docs.house);
  const { value } = normalizeInput(registry[messageType].meta, input);
  const r = validate(messageType, value);
  if (!r.ok) throw new Error(`${messageType} fixture invalid: ${JSON.stringify(r.issues.slice(0, 3))}`);
  return { messageType, value: value as Obj };
}

export const at = (d: string): string => `2024-04-${d}Z`;
export const r01 = (lrn: string, mrn: string, sci: string, date = at('12T10:00:00')): LifecycleMessage => ({
  messageType: 'IE3R01',
  value: { LRN: lrn, MRN: mrn, registrationDate: date, SpecificCircumstanceIndicator: sci },
});
export const n99 = (code = '12', path = '/IE3F32/consignmentMasterLevel'): LifecycleMessage => ({
  messageType: 'IE3N99',
  value: { notificationDate: at('12T10:00:00'), error: [{ validationCode: code, description: 'Incorrect value', pointer: { messageElementPath: path } }] },
});
export const mrnMsg = (messageType: string, mrn: string, rest: Obj = {}): LifecycleMessage => ({ messageType, value: { MRN: mrn, ...rest } });

/** Set `key` on every element named `name` anywhere in `v`. */
export function setAll(v: unknown, name: string, key: string, value: unknown): void {
  if (Array.isArray(v)) {
    for (const x of v) setAll(x, name, key, value);
    return;
  }
  if (v === null || typeof v !== 'object') return;
  for (const [k, x] of Object.entries(v as Obj)) {
    if (k === name) for (const e of Array.isArray(x) ? x : [x]) if (e && typeof e === 'object') (e as Obj)[key] = value;
    setAll(x, name, key, value);
  }
}
