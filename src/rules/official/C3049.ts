/**
 * C3049 — arrival notified through a national arrival system: person notifying the arrival optional;
 * otherwise (through the STI, as every message this SDK builds) mandatory.
 */
import { official, presence } from './support';

/**
 * C3049: `personNotifyingTheArrival` is required in STI messages.
 *
 * @example
 * ```ts
 * runRule(C3049, { meta: IE3N06Meta, data }); // flags an IE3N06 without personNotifyingTheArrival
 * ```
 */
export const C3049 = official(
  'C3049',
  {
    status: 'partial',
    note: 'Assumes the message goes through the STI (the case for messages of this SDK); for a national arrival system disable C3049.',
    example: {
      error: 'IE3N06 without personNotifyingTheArrival',
      fix: 'add personNotifyingTheArrival { identificationNumber: "DE123456789012345", ... }',
    },
  },
  presence('C3049', () => ({ presence: 'required', because: 'the arrival is notified through the STI' })),
);
