import type { ElementMeta } from '../core/meta';
import { parseFormat } from '../core/format';
import type { MessageType } from '../generated/catalogue';
import type { Message } from '../validate';
import { normalizeInput } from './normalizeInput';
import { codeLists } from '../generated/codelists';
import { registry } from '../generated/registry';

/** Conditional elements a sample always fills in (their triggers hold in the sample). */
const CONDITIONAL_INCLUDED = new Set([
  'numberOfPackages',
  'shippingMarks',
  'commodityCode',
  'consignee',
  'goodsShipment',
  'postCode',
  'UNLOCODE',
  'street',
  'number',
  'estimatedDateAndTimeOfDeparture',
]);

/** Conditional elements a sample fills in under one parent only (R3007: a conveyance reference or an id). */
const CONDITIONAL_UNDER: Readonly<Record<string, string>> = {
  conveyanceReferenceNumber: 'activeBorderTransportMeans',
};

type Obj = Record<string, unknown>;

const byName = (name: string, parents: readonly string[], messageType: string): unknown => {
  const parent = parents[parents.length - 1] ?? '';
  const code = messageType.slice(4);
  const air = /^(2|3[0-3]|4[234])/.test(code);
  switch (name) {
    case 'LRN':
      return `ICS2-F${code}-000001`;
    case 'MRN':
      return '24DE12345678901TA0';
    case 'documentIssueDate':
      return new Date('2024-04-12T13:13:57+02:00');
    case 'actualDateAndTimeOfDeparture':
    case 'estimatedDateAndTimeOfDeparture':
      return '2024-04-13T08:00:00+08:00';
    case 'estimatedDateAndTimeOfArrival':
      return '2024-04-14T06:30:00Z';
    case 'country':
      return parent === 'countriesOfRoutingOfConsignment' || parent === 'countriesOfRoutingOfMeansOfTransport'
        ? undefined
        : 'DE';
    case 'city':
      return 'Hamburg';
    case 'street':
      return 'Grosse Elbstrasse';
    case 'number':
      return '145';
    case 'postCode':
      return '22767';
    case 'name':
      return 'Hanse Logistik GmbH';
    case 'identificationNumber':
      if (parent === 'passiveBorderTransportMeans' && /^(51|41)/.test(code)) return 'EZ45123';
      if (parent === 'activeBorderTransportMeans' || parent === 'passiveBorderTransportMeans')
        return 'IMO9321483';
      return 'DE123456789012345';
    case 'typeOfIdentification':
      return /^(51|41)/.test(code) ? '21' : '10';
    case 'typeOfMeansOfTransport':
      // CL751 (UN/ECE Rec. 28) values are not in the spec data: 1511 (full container ship) and 3100 (truck)
      // are the two the spec names; the rail code is unverified.
      return /^(51|41)/.test(code) ? '2000' : /^(50|34|40)/.test(code) ? '3100' : '1511';
    case 'typeOfPerson':
      return '2';
    case 'status':
      return '2';
    case 'identifier':
      return '+494012345678';
    case 'type':
      if (parent === 'communication') return 'TE';
      if (parent === 'transportDocumentHouseLevel') return air ? 'N703' : 'N714';
      if (parent === 'transportDocumentMasterLevel') return air ? 'N741' : 'N704';
      return undefined;
    case 'documentNumber':
      return air ? '176-12345675' : 'MAEU240412001';
    case 'ModeOfTransport':
      return /^(1|45)/.test(code) ? '1' : /^(50|34|40)/.test(code) ? '3' : /^(51|41)/.test(code) ? '2' : '4';
    case 'containerIndicator':
      return '0';
    case 'totalGrossMass':
    case 'grossMass':
      return 1250.5;
    case 'netMass':
      return 1200;
    case 'descriptionOfGoods':
      return 'Men’s knitted cotton T-shirts';
    case 'harmonizedSystemSubHeadingCode':
      return '610910';
    case 'combinedNomenclatureCode':
      return '00';
    case 'typeOfPackages':
      return 'CT';
    case 'numberOfPackages':
      return 40;
    case 'shippingMarks':
      return 'HANSE HAMBURG 1-40';
    case 'UNLOCODE':
      return parent === 'placeOfLoading' || parent === 'placeOfAcceptance' ? 'CNSHA' : 'DEHAM';
    case 'referenceNumber':
      return parent === 'customsOfficeOfFirstEntry' ? 'DE004700' : 'INV-2024-0412';
    case 'referenceNumberUCR':
      return 'DE123456789012345-0001';
    case 'conveyanceReferenceNumber':
      return air ? 'LH8401' : 'MSC240412';
    case 'reEntryIndicator':
    case 'splitConsignmentIndicator':
      return '0';
    case 'methodOfPayment':
      return 'A';
    case 'receptacleIdentificationNumber':
      return 'CNPEKADEFRAAACN40001001110050';
    default:
      return undefined;
  }
};

const formatSample = (node: ElementMeta): string => {
  const list = node.codeList ? codeLists[node.codeList] : undefined;
  if (list?.values[0]) return list.values[0].code;
  const f = parseFormat(node.format ?? 'an..35');
  const n = f.min === f.max ? f.max : Math.min(f.max, 8);
  if (f.type === 'a') return 'ABCDEFGH'.repeat(4).slice(0, n);
  if (f.type === 'n') return '12345678'.repeat(3).slice(0, n);
  return 'SAMPLE01'.repeat(4).slice(0, n);
};

/**
 * A realistic, valid input for any filing or amendment message, generated from its metadata: mandatory
 * elements (and the conditional ones their triggers ask for) with real-looking values (EORIs, UN/LOCODEs,
 * HS codes, an IMO number and AWB number with check digits), already in the model's form (UTC date strings,
 * exact decimal strings, goods items and sequence numbers filled in), so it passes `validate` as it is and
 * every builder takes it. Used by the tests and as a starting point; not a substitute for real data.
 *
 * @example
 * ```ts
 * import { sampleFilingInput, express } from 'ics2/builders';
 * import { validate } from 'ics2';
 * const input = sampleFilingInput('IE3F32');
 * validate('IE3F32', input).ok; // true
 * express.f32().set('LRN', input.LRN);
 * ```
 */
export function sampleFilingInput<K extends MessageType>(messageType: K): Message<K> {
  // Queries, responses and notifications get a structural sample only (their cross-element rules are not filled in).
  const rail = /^IE3[FA](51|41)$/.test(messageType);
  const walk = (node: ElementMeta, parents: string[]): unknown => {
    if (node.encoding === 'group') {
      const o: Obj = {};
      for (const c of node.children ?? []) {
        const wanted =
          CONDITIONAL_INCLUDED.has(c.name) ||
          CONDITIONAL_UNDER[c.name] === node.name ||
          (c.name === 'supplementaryDeclarant' && c.presence === 'C') ||
          (c.name === 'passiveBorderTransportMeans' && rail && node.name === 'consignmentHouseLevel');
        if (c.min === 0 && !wanted) continue;
        if (c.name === 'goodsItemNumber' || c.name === 'sequenceNumber') continue;
        if (c.max > 1) {
          const count = Math.max(1, c.min);
          o[c.name] = Array.from({ length: count }, (_, i) => {
            const v = walk(c, [...parents, node.name]);
            if (c.name.startsWith('countriesOfRouting') && v && typeof v === 'object') {
              return { ...(v as Obj), country: ['CN', 'DE', 'NL'][i % 3] };
            }
            return v;
          });
        } else o[c.name] = walk(c, [...parents, node.name]);
      }
      return o;
    }
    if (node.encoding === 'amount') return { value: 1520.4, currency: 'EUR' };
    return byName(node.name, parents, messageType) ?? formatSample(node);
  };
  const meta = registry[messageType].meta;
  // The walk gives builder input (Dates, numbers); the model takes their normalised form.
  return normalizeInput(meta, walk(meta.root, [])).value as unknown as Message<K>;
}
