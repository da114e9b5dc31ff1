import { describe, expect, it } from 'vitest';
import { deepFreeze } from './deepCopy';
import { fromBillOfLading, fromMasterAirWaybill, type Shipment } from './fromShipment';
import { sampleFilingInput } from './sampleFilingInput';

type Obj = Record<string, any>;

const isObj = (v: unknown): v is Obj =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);
/** Deep merge of sample inputs (later wins on leaves; arrays merge item by item). */
const merge = (...xs: unknown[]): any =>
  xs.reduce((a: any, b: any) => {
    if (Array.isArray(a) && Array.isArray(b))
      return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => merge(a[i], b[i]));
    if (isObj(a) && isObj(b)) {
      const out: Obj = { ...a };
      for (const [k, v] of Object.entries(b)) out[k] = k in a ? merge(a[k], v) : v;
      return out;
    }
    return b === undefined ? a : b;
  });
const single = (v: any) => (Array.isArray(v) ? v[0] : v);

/** A shipment assembled from the sample inputs of the filing types it produces. */
const shipment = (
  complete: string,
  master: string,
  houseType: string,
  filing: 'single' | 'multiple',
): Shipment => {
  const m = sampleFilingInput(master as never) as Obj;
  const h = sampleFilingInput(houseType as never) as Obj;
  const c = sampleFilingInput(complete as never) as Obj;
  const houseLevel = (x: Obj) => single(x.consignmentMasterLevel.consignmentHouseLevel);
  const { LRN: _l, consignmentMasterLevel: _cm, ...header } = merge(c, m, h);
  const { consignmentHouseLevel: _h, ...masterLevel } = merge(
    c.consignmentMasterLevel,
    houseLevel(m),
    m.consignmentMasterLevel,
  );
  const house = (n: number) =>
    merge(houseLevel(c), houseLevel(h), { transportDocumentHouseLevel: { documentNumber: `HOUSE-${n}` } });
  return deepFreeze({
    filing,
    lrn: 'SHIP-0001',
    header,
    master: masterLevel,
    houses: [{ consignment: house(1) }, { lrn: 'OWN-LRN-2', consignment: house(2) }],
  });
};

describe('fromBillOfLading', () => {
  it('single filing: one F11 with both houses', () => {
    const out = fromBillOfLading(shipment('IE3F11', 'IE3F12', 'IE3F15', 'single'));
    expect(out.map((f) => f.filingType)).toEqual(['F11']);
    const r = out[0]!.result;
    if (!r.ok) expect(r.issues).toEqual([]);
    expect(r.ok && (r.value as Obj).consignmentMasterLevel.consignmentHouseLevel).toHaveLength(2);
  });

  it('multiple filing: carrier F12 and an F15 per house bill, each with its LRN', () => {
    const out = fromBillOfLading(shipment('IE3F11', 'IE3F12', 'IE3F15', 'multiple'));
    expect(out.map((f) => `${f.filingType} ${f.role} ${f.lrn}`)).toEqual([
      'F12 master SHIP-0001',
      'F15 house SHIP-0001H1',
      'F15 house OWN-LRN-2',
    ]);
    for (const f of out) {
      if (!f.result.ok) expect(f.result.issues).toEqual([]);
      expect(f.result.ok && (f.result.value as Obj).SpecificCircumstanceIndicator).toBe(f.filingType);
    }
  });

  it('reports a house that lacks mandatory data instead of throwing', () => {
    const s = shipment('IE3F11', 'IE3F12', 'IE3F15', 'multiple');
    const out = fromBillOfLading({ ...s, houses: [{ consignment: {} }] });
    expect(out[1]!.result.ok).toBe(false);
  });
});

describe('fromMasterAirWaybill', () => {
  it('multiple filing with PLACI: F23, then F22 per house, then F21', () => {
    const s = shipment('IE3F20', 'IE3F21', 'IE3F22', 'multiple');
    const out = fromMasterAirWaybill({
      ...s,
      placi: true,
      header: merge(sampleFilingInput('IE3F23'), s.header, { LRN: undefined }),
    });
    expect(out.map((f) => f.filingType)).toEqual(['F23', 'F22', 'F22', 'F21']);
    for (const f of out)
      if (!f.result.ok) expect([f.filingType, f.result.issues]).toEqual([f.filingType, []]);
  });

  it('single filing: F20 before loading, F27 before arrival', () => {
    const s = shipment('IE3F20', 'IE3F21', 'IE3F22', 'single');
    expect(fromMasterAirWaybill(s).map((f) => f.filingType)).toEqual(['F20']);
    const late = fromMasterAirWaybill({ ...s, lodging: 'pre-arrival' });
    expect(late.map((f) => f.filingType)).toEqual(['F27']);
    if (!late[0]!.result.ok) expect(late[0]!.result.issues).toEqual([]);
  });
});
