import { describe, expect, it } from 'vitest';
import type { MessageType } from '../generated/catalogue';
import { deepFreeze } from './deepCopy';
import {
  fromBillOfLading,
  fromMasterAirWaybill,
  fromShipment,
  type AirMultipleShipment,
  type SeaMultipleShipment,
  type SeaSingleShipment,
} from './fromShipment';
import { sampleFilingInput } from './sampleFilingInput';

type Obj = Record<string, any>;

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
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
const sample = (t: MessageType): Obj => sampleFilingInput(t) as Obj;

/** The parts of a shipment assembled from the sample inputs of the filing types it produces. */
const parts = (messages: MessageType[], masterAtHouse: MessageType[] = []) => {
  const samples = messages.map(sample);
  const houseLevel = (x: Obj) => single(x.consignmentMasterLevel.consignmentHouseLevel) ?? {};
  const {
    LRN: _l,
    consignmentMasterLevel: _cm,
    SpecificCircumstanceIndicator: _s,
    ...header
  } = merge(...samples);
  const { consignmentHouseLevel: _h, ...master } = merge(
    ...masterAtHouse.map((t) => houseLevel(sample(t))),
    ...samples.map((s) => s.consignmentMasterLevel),
  );
  const house = (n: number) => {
    // The goods items keep the sample's numbering; the builders renumber what they are given.
    const h = merge(...samples.map(houseLevel), {
      transportDocumentHouseLevel: { documentNumber: `HOUSE-${n}` },
    });
    for (const k of Object.keys(h)) if (!samples.some((s) => k in houseLevel(s))) delete h[k];
    return h;
  };
  return deepFreeze({
    lrn: 'SHIP-0001',
    header,
    master,
    houses: [{ consignment: house(1) }, { lrn: 'OWN-LRN-2', consignment: house(2) }],
  });
};

const errors = (r: { ok: boolean; issues?: { severity: string }[] }) =>
  (r.issues ?? []).filter((i) => i.severity === 'error');

describe('fromBillOfLading', () => {
  it('single filing: one F11 with both houses', () => {
    const s: SeaSingleShipment = { filing: 'single', ...parts(['IE3F11']) };
    const out = fromBillOfLading(s);
    expect(out.filings.map((f) => f.filingType)).toEqual(['F11']);
    expect(out.issues).toEqual([]);
    const r = out.complete.result;
    expect(errors(r)).toEqual([]);
    expect(r.ok && r.value.consignmentMasterLevel.consignmentHouseLevel).toHaveLength(2);
    expect(out.ok).toBe(true);
  });

  it('multiple filing: carrier F12 and an F15 per house bill, each with its LRN', () => {
    const s: SeaMultipleShipment = { filing: 'multiple', ...parts(['IE3F12', 'IE3F15'], ['IE3F12']) };
    const out = fromBillOfLading(s);
    expect(out.filings.map((f) => `${f.filingType} ${f.role} ${f.lrn}`)).toEqual([
      'F12 master SHIP-0001',
      'F15 house SHIP-0001H1',
      'F15 house OWN-LRN-2',
    ]);
    expect(out.issues).toEqual([]);
    for (const f of out.filings) {
      expect([f.filingType, errors(f.result)]).toEqual([f.filingType, []]);
      expect(f.result.ok && f.result.value.SpecificCircumstanceIndicator).toBe(f.filingType);
    }
    expect(out.master.messageType).toBe('IE3F12');
    expect(out.houses.map((h) => h.house)).toEqual([0, 1]);
    expect(out.ok).toBe(true);
  });

  it('reports a house that lacks mandatory data instead of throwing', () => {
    const s: SeaMultipleShipment = {
      filing: 'multiple',
      ...parts(['IE3F12', 'IE3F15'], ['IE3F12']),
      houses: [{ consignment: {} }],
    };
    const out = fromBillOfLading(s);
    expect(out.houses[0]!.result.ok).toBe(false);
    expect(out.ok).toBe(false);
  });

  it('refuses an element no target message has, at any depth, naming the part and suggesting the name', () => {
    const s = parts(['IE3F12', 'IE3F15'], ['IE3F12']);
    const house = s.houses[0]!.consignment as Obj;
    const loose = {
      filing: 'multiple',
      ...s,
      header: { ...s.header, declarnt: s.header.declarant },
      houses: [
        {
          consignment: {
            ...house,
            consignr: house.consignor,
            goodsItem: [{ ...house.goodsItem[0], commodty: {} }],
          },
        },
        { ...s.houses[1], lrnn: 'X' },
      ],
    };
    const out = fromBillOfLading(loose as unknown as SeaMultipleShipment);
    expect(out.ok).toBe(false);
    const byPointer = Object.fromEntries(out.issues.map((i) => [i.pointer, i]));
    expect(Object.keys(byPointer).sort()).toEqual(
      [
        '/header/declarnt',
        '/houses/0/consignment/consignr',
        '/houses/0/consignment/goodsItem/0/commodty',
        '/houses/1/lrnn',
      ].sort(),
    );
    expect(byPointer['/houses/0/consignment/consignr']).toMatchObject({
      code: 'unknown_element',
      severity: 'error',
      path: ['houses', 0, 'consignment', 'consignr'],
    });
    expect(byPointer['/houses/0/consignment/consignr']!.message).toContain('IE3F15');
    expect(byPointer['/houses/0/consignment/consignr']!.message).toContain('did you mean consignor?');
    expect(byPointer['/header/declarnt']!.message).toContain('did you mean declarant?');
    expect(byPointer['/houses/0/consignment/goodsItem/0/commodty']!.message).toContain('commodity');
  });

  it('refuses LRN and consignmentMasterLevel in the header, and parts that are not objects', () => {
    const s = parts(['IE3F11']);
    const out = fromBillOfLading({
      filing: 'single',
      ...s,
      header: { ...s.header, LRN: 'X', consignmentMasterLevel: {} },
      houses: [null],
    } as unknown as SeaSingleShipment);
    expect(out.issues.map((i) => `${i.code} ${i.pointer}`).sort()).toEqual([
      'invalid_type /houses/0',
      'not_in_this_part /header/LRN',
      'not_in_this_part /header/consignmentMasterLevel',
    ]);
  });

  it('does not mutate the shipment (deeply frozen input)', () => {
    const s: SeaMultipleShipment = { filing: 'multiple', ...parts(['IE3F12', 'IE3F15'], ['IE3F12']) };
    const before = JSON.stringify(s);
    fromBillOfLading(s);
    expect(JSON.stringify(s)).toBe(before);
  });
});

describe('fromMasterAirWaybill', () => {
  it('multiple filing with PLACI: F23, then F22 per house, then F21', () => {
    const s: AirMultipleShipment = {
      filing: 'multiple',
      placi: true,
      ...parts(['IE3F23', 'IE3F21', 'IE3F22']),
    };
    const out = fromMasterAirWaybill(s);
    expect(out.filings.map((f) => f.filingType)).toEqual(['F23', 'F22', 'F22', 'F21']);
    expect(out.issues).toEqual([]);
    for (const f of out.filings) expect([f.filingType, errors(f.result)]).toEqual([f.filingType, []]);
    expect(out.placi?.lrn).toBe('SHIP-0001P');
    expect(out.master.messageType).toBe('IE3F21');
  });

  it('single filing: F20 before loading, F27 before arrival', () => {
    const early = fromMasterAirWaybill({ filing: 'single', ...parts(['IE3F20']) });
    expect(early.filings.map((f) => f.filingType)).toEqual(['F20']);
    expect(errors(early.complete.result)).toEqual([]);
    const late = fromMasterAirWaybill({ filing: 'single', lodging: 'pre-arrival', ...parts(['IE3F27']) });
    expect(late.filings.map((f) => f.filingType)).toEqual(['F27']);
    expect(errors(late.complete.result)).toEqual([]);
    expect(late.ok).toBe(true);
  });
});

describe('express.fromShipment', () => {
  it('express air with PLACI: F32 then F30', () => {
    const out = fromShipment({ carriage: 'express-air', placi: true, ...parts(['IE3F30', 'IE3F32']) });
    expect(out.filings.map((f) => `${f.filingType} ${f.role} ${f.lrn}`)).toEqual([
      'F32 placi SHIP-0001P',
      'F30 complete SHIP-0001',
    ]);
    expect(out.issues).toEqual([]);
    for (const f of out.filings) expect([f.filingType, errors(f.result)]).toEqual([f.filingType, []]);
    expect(out.ok).toBe(true);
  });

  it('general air cargo: F31 single, or an F33 per house; road: F34', () => {
    const f31 = fromShipment({ carriage: 'general-air-cargo', ...parts(['IE3F31']) });
    expect(f31.filings.map((f) => f.filingType)).toEqual(['F31']);
    expect(errors(f31.complete!.result)).toEqual([]);
    const f33 = fromShipment({ carriage: 'general-air-cargo', filing: 'multiple', ...parts(['IE3F33']) });
    expect(f33.filings.map((f) => `${f.filingType} ${f.lrn}`)).toEqual(['F33 SHIP-0001H1', 'F33 OWN-LRN-2']);
    for (const f of f33.houses) expect(errors(f.result)).toEqual([]);
    expect(f33.complete).toBeUndefined();
    const f34 = fromShipment({ carriage: 'road', ...parts(['IE3F34']) });
    expect(f34.filings.map((f) => f.filingType)).toEqual(['F34']);
    expect(errors(f34.complete!.result)).toEqual([]);
  });

  it('reports an unknown element in the house consignment', () => {
    const s = parts(['IE3F30']);
    const out = fromShipment({
      carriage: 'express-air',
      ...s,
      houses: [{ consignment: { ...s.houses[0]!.consignment, totalGrosMass: '1' } }],
    } as never);
    expect(out.issues.map((i) => i.pointer)).toEqual(['/houses/0/consignment/totalGrosMass']);
    expect(out.issues[0]!.message).toContain('did you mean totalGrossMass?');
  });
});
