import type { FilingKeys } from './types';
import { collect, str, uniq } from './values';

const docs = (v: unknown, name: string): string[] => uniq(collect(v, name).map((d) => str(d, 'documentNumber')));

/**
 * The linking and correlation keys of a filing dataset: master and house transport documents, carrier,
 * declarant, representative, office of first entry, supplementary declarants, receptacles and containers.
 * Read by element name anywhere in the dataset, so it follows the metadata of every filing type.
 *
 * @example
 * ```ts
 * readKeys({ consignmentMasterLevel: { transportDocumentMasterLevel: { documentNumber: 'MBL1', type: 'N705' } } }).masterDocuments; // ['MBL1']
 * ```
 */
export function readKeys(dataset: unknown, previous?: FilingKeys): FilingKeys {
  const keys: FilingKeys = {
    masterDocuments: docs(dataset, 'transportDocumentMasterLevel'),
    houseDocuments: docs(dataset, 'transportDocumentHouseLevel'),
    supplementaryDeclarants: uniq(collect(dataset, 'supplementaryDeclarant').map((d) => str(d, 'identificationNumber'))),
    receptacles: uniq(collect(dataset, 'receptacleIdentificationNumber').map((x) => (typeof x === 'string' ? x : undefined))),
    containers: uniq(collect(dataset, 'containerIdentificationNumber').map((x) => (typeof x === 'string' ? x : undefined))),
    messageIds: previous ? [...previous.messageIds] : [],
    functionalReferences: previous ? [...previous.functionalReferences] : [],
  };
  const carrier = uniq(collect(dataset, 'carrier').map((c) => str(c, 'identificationNumber')))[0];
  if (carrier !== undefined) keys.carrier = carrier;
  const declarant = str(dataset, 'declarant', 'identificationNumber');
  if (declarant !== undefined) keys.declarant = declarant;
  const representative = str(dataset, 'representative', 'identificationNumber');
  if (representative !== undefined) keys.representative = representative;
  const office = str(dataset, 'customsOfficeOfFirstEntry', 'referenceNumber');
  if (office !== undefined) keys.officeOfFirstEntry = office;
  if (previous?.arrivalLrn !== undefined) keys.arrivalLrn = previous.arrivalLrn;
  if (previous?.arrivalMrn !== undefined) keys.arrivalMrn = previous.arrivalMrn;
  return keys;
}
