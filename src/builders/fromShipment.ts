import type { Result } from '../core/issue';
import type { FilingTypeCode, MessageType } from '../generated/catalogue';
import { registry } from '../generated/registry';
import { createBuilder } from './createBuilder';
import { fitToMessage } from './fitToMessage';

type Obj = Record<string, unknown>;

/** One house (house bill of lading, house air waybill) of a shipment. */
export interface ShipmentHouse {
  /** LRN of this house's own filing (multiple filing); default: the shipment LRN + `H1`, `H2` ... */
  lrn?: string;
  /** Who lodges this house's filing (a forwarder) in multiple filing; default: the shipment declarant. */
  declarant?: Obj;
  /** The house-level consignment: consignor, consignee, goods items, transport document (house level) ... */
  consignment: Obj;
}

/**
 * A shipment: one master transport document (master bill of lading, master air waybill) with its houses.
 * Each filing takes the parts its message has (see {@link fitToMessage}); what a filing type's model puts
 * at house level but the shipment gives at master level (the master transport document, the carrier) is
 * carried down.
 */
export interface Shipment {
  /** `single`: one complete filing; `multiple`: a master filing plus one filing per house. */
  filing: 'single' | 'multiple';
  /** LRN of the (master) filing, an..22; house filings get `H1`, `H2` ... appended unless they bring their own. */
  lrn: string;
  /** Top-level elements shared by all filings: documentIssueDate, addressedMemberState, declarant, activeBorderTransportMeans, customsOfficeOfFirstEntry ... */
  header: Obj;
  /** Master-level consignment elements: transportDocumentMasterLevel, carrier, placeOfLoading, placeOfUnloading ... */
  master: Obj;
  houses: readonly ShipmentHouse[];
}

/** One filing of a shipment, built and validated. */
export interface ShipmentFiling {
  filingType: FilingTypeCode;
  messageType: MessageType;
  /** `master` (or the single complete filing) or `house`. */
  role: 'master' | 'house' | 'complete' | 'placi';
  /** 0-based index of the house, for house filings. */
  house?: number;
  lrn: string;
  result: Result<unknown>;
}

const build = (code: FilingTypeCode, data: Obj): Result<unknown> => {
  const messageType = `IE3${code}` as MessageType;
  const fitted = fitToMessage(registry[messageType].meta.root, data) as Obj;
  type Loose = { set(k: string, v: unknown): Loose; build(): Result<unknown> };
  let b = createBuilder(messageType) as unknown as Loose;
  for (const [k, v] of Object.entries(fitted)) b = b.set(k, v);
  return b.set('SpecificCircumstanceIndicator', code).build();
};

const houseLrn = (s: Shipment, i: number): string => s.houses[i]?.lrn ?? `${s.lrn}H${i + 1}`;

/** Master elements some models carry at house level (the carrier, the master transport document). */
const withMaster = (s: Shipment, house: Obj): Obj => ({ ...s.master, ...house });

function filings(
  s: Shipment,
  complete: FilingTypeCode,
  masterCode: FilingTypeCode,
  houseCode: FilingTypeCode,
  housesFirst = false,
): ShipmentFiling[] {
  if (s.filing === 'single') {
    const data = {
      ...s.header,
      LRN: s.lrn,
      consignmentMasterLevel: {
        ...s.master,
        consignmentHouseLevel: s.houses.map((h) => withMaster(s, h.consignment)),
      },
    };
    return [
      {
        filingType: complete,
        messageType: `IE3${complete}`,
        role: 'complete',
        lrn: s.lrn,
        result: build(complete, data),
      },
    ];
  }
  const out: ShipmentFiling[] = [];
  const masterData = {
    ...s.header,
    LRN: s.lrn,
    consignmentMasterLevel: { ...s.master, consignmentHouseLevel: { ...s.master } },
  };
  const master: ShipmentFiling = {
    filingType: masterCode,
    messageType: `IE3${masterCode}`,
    role: 'master',
    lrn: s.lrn,
    result: build(masterCode, masterData),
  };
  if (!housesFirst) out.push(master);
  s.houses.forEach((h, i) => {
    const lrn = houseLrn(s, i);
    const data = {
      ...s.header,
      ...(h.declarant ? { declarant: h.declarant } : {}),
      LRN: lrn,
      consignmentMasterLevel: { ...s.master, consignmentHouseLevel: withMaster(s, h.consignment) },
    };
    out.push({
      filingType: houseCode,
      messageType: `IE3${houseCode}`,
      role: 'house',
      house: i,
      lrn,
      result: build(houseCode, data),
    });
  });
  if (housesFirst) out.push(master);
  return out;
}

/**
 * The filings of a sea shipment under a master bill of lading with house bills: single filing gives
 * one F11 (complete dataset, master with houses); multiple filing gives the carrier's F12 (master bill)
 * and an F15 per house bill (house bill with the consignee's particulars), each lodged by its house's
 * declarant (the forwarder) when given.
 *
 * @example
 * ```ts
 * const filings = fromBillOfLading({ filing: 'multiple', lrn: 'MSC-240412-01', header, master, houses });
 * filings.map((f) => f.filingType); // ['F12', 'F15', 'F15']
 * ```
 */
export function fromBillOfLading(shipment: Shipment): ShipmentFiling[] {
  return filings(shipment, 'F11', 'F12', 'F15');
}

/**
 * The filings of an air shipment under a master air waybill with house air waybills: single filing gives
 * one F20 (complete, pre-loading) or F27 (complete, pre-arrival); multiple filing gives an F22 per house air
 * waybill (the forwarders') and then the carrier's F21 (master air waybill). With `placi: true` an F23 (PLACI
 * minimum dataset, pre-loading, all houses) comes first.
 *
 * @example
 * ```ts
 * fromMasterAirWaybill({ filing: 'multiple', placi: true, lrn: 'LH-240412-01', header, master, houses }).map((f) => f.filingType);
 * // ['F23', 'F22', 'F21']
 * ```
 */
export function fromMasterAirWaybill(
  shipment: Shipment & { lodging?: 'pre-loading' | 'pre-arrival'; placi?: boolean },
): ShipmentFiling[] {
  const out: ShipmentFiling[] = [];
  if (shipment.placi) {
    const lrn = `${shipment.lrn}P`;
    const data = {
      ...shipment.header,
      LRN: lrn,
      consignmentMasterLevel: {
        ...shipment.master,
        consignmentHouseLevel: shipment.houses.map((h) => withMaster(shipment, h.consignment)),
      },
    };
    out.push({ filingType: 'F23', messageType: 'IE3F23', role: 'placi', lrn, result: build('F23', data) });
  }
  return [
    ...out,
    ...filings(shipment, shipment.lodging === 'pre-arrival' ? 'F27' : 'F20', 'F21', 'F22', true),
  ];
}
