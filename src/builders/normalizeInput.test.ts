import { describe, expect, it } from 'vitest';
import { IE3F10Meta } from '../generated/messages/IE3F10';
import { IE3F11Meta } from '../generated/messages/IE3F11';
import { IE3F15Meta } from '../generated/messages/IE3F15';
import { IE3F32Meta } from '../generated/messages/IE3F32';
import { container } from './container';
import { deepFreeze } from './deepCopy';
import { normalizeInput } from './normalizeInput';
import { bulk, packages } from './packaging';

const box = container({
  number: 'MSCU1234566',
  sizeAndType: '45G1',
  packedStatus: 'B',
  supplierType: '2',
  seals: ['SL1', 'SL2'],
});
const item = (extra: object = {}) => ({
  commodity: { descriptionOfGoods: 'Tea' },
  weight: { grossMass: 10 },
  packaging: [packages('CT', 2, 'M')],
  ...extra,
});
const f10 = (house: object) => ({ consignmentMasterLevel: { consignmentHouseLevel: house } });

describe('normalizeInput', () => {
  it('numbers goods items 1, 2, 3 and keeps numbers given', () => {
    const { value } = normalizeInput(IE3F32Meta, {
      consignmentMasterLevel: {
        consignmentHouseLevel: [{ goodsItem: [{ a: 1 }, { goodsItemNumber: '7' }, {}] }],
      },
    });
    const items = (value as any).consignmentMasterLevel.consignmentHouseLevel[0].goodsItem;
    expect(items.map((i: any) => i.goodsItemNumber)).toEqual(['1', '7', '3']);
  });

  it('numbers routing countries in order', () => {
    const { value } = normalizeInput(IE3F11Meta, {
      activeBorderTransportMeans: {
        countriesOfRoutingOfMeansOfTransport: [{ country: 'CN' }, { country: 'NL' }],
      },
    });
    expect((value as any).activeBorderTransportMeans.countriesOfRoutingOfMeansOfTransport).toEqual([
      { sequenceNumber: '1', country: 'CN' },
      { sequenceNumber: '2', country: 'NL' },
    ]);
  });

  it('moves transport equipment common to all items up to the consignment', () => {
    const input = deepFreeze(
      f10({
        containerIndicator: '1',
        goodsItem: [item({ transportEquipment: [box] }), item({ transportEquipment: [box] })],
      }),
    );
    const { value, issues } = normalizeInput(IE3F15Meta, input);
    const house = (value as any).consignmentMasterLevel.consignmentHouseLevel;
    expect(house.transportEquipment).toEqual([box]);
    expect(house.goodsItem.every((g: any) => g.transportEquipment === undefined)).toBe(true);
    expect(issues).toEqual([]);
  });

  it('keeps it on the items where the consignment-level equipment meets another condition (IE3F10)', () => {
    const { value } = normalizeInput(
      IE3F10Meta,
      f10({
        containerIndicator: '1',
        goodsItem: [item({ transportEquipment: [box] }), item({ transportEquipment: [box] })],
      }),
    );
    expect((value as any).consignmentMasterLevel.consignmentHouseLevel.transportEquipment).toBeUndefined();
  });

  it('leaves differing transport equipment on the items', () => {
    const other = { ...box, containerIdentificationNumber: 'MAEU4567896' };
    const { value } = normalizeInput(
      IE3F15Meta,
      f10({
        containerIndicator: '1',
        goodsItem: [item({ transportEquipment: [box] }), item({ transportEquipment: [other] })],
      }),
    );
    const house = (value as any).consignmentMasterLevel.consignmentHouseLevel;
    expect(house.transportEquipment).toBeUndefined();
    expect(house.goodsItem[1].transportEquipment[0].containerIdentificationNumber).toBe('MAEU4567896');
  });

  it('container indicator 1 asks for transport equipment; 0 allows none (C3014)', () => {
    const one = normalizeInput(IE3F10Meta, f10({ containerIndicator: '1', goodsItem: [item()] }));
    expect(one.issues.map((i) => `${i.code} ${i.pointer}`)).toEqual([
      'C3014 /IE3F10/consignmentMasterLevel/consignmentHouseLevel/transportEquipment',
    ]);
    const zero = normalizeInput(
      IE3F10Meta,
      f10({ containerIndicator: '0', transportEquipment: [box], goodsItem: [item()] }),
    );
    expect(zero.issues.map((i) => i.code)).toEqual(['C3014']);
  });

  it('a bulk packaging type takes no number of packages; other types need one (C3036)', () => {
    const ok = normalizeInput(IE3F10Meta, f10({ goodsItem: [item({ packaging: [bulk('VR')] })] }));
    expect(ok.issues).toEqual([]);
    const bad = normalizeInput(
      IE3F10Meta,
      f10({
        goodsItem: [
          item({ packaging: [{ typeOfPackages: 'VR', numberOfPackages: 3 }, { typeOfPackages: 'CT' }] }),
        ],
      }),
    );
    expect(bad.issues.map((i) => i.pointer).sort()).toEqual([
      '/IE3F10/consignmentMasterLevel/consignmentHouseLevel/goodsItem[1]/packaging[1]/numberOfPackages',
      '/IE3F10/consignmentMasterLevel/consignmentHouseLevel/goodsItem[1]/packaging[2]/numberOfPackages',
      '/IE3F10/consignmentMasterLevel/consignmentHouseLevel/goodsItem[1]/packaging[2]/shippingMarks',
    ]);
    expect(bad.issues).toHaveLength(3);
    expect(bad.issues.every((i) => i.code === 'C3036')).toBe(true);
  });

  it('fills numberOfSeals from the seals and converts numbers in amounts', () => {
    const { value } = normalizeInput(IE3F32Meta, {
      consignmentMasterLevel: {
        consignmentHouseLevel: [{ totalAmountInvoiced: { value: 99.95, currency: 'EUR' } }],
      },
    });
    expect((value as any).consignmentMasterLevel.consignmentHouseLevel[0].totalAmountInvoiced).toEqual({
      value: '99.95',
      currency: 'EUR',
    });
    const sealed = normalizeInput(
      IE3F10Meta,
      f10({ transportEquipment: [{ ...box, numberOfSeals: undefined }] }),
    );
    expect(
      (sealed.value as any).consignmentMasterLevel.consignmentHouseLevel.transportEquipment[0].numberOfSeals,
    ).toBe('2');
  });

  it('reports inexact amounts at the amount value', () => {
    const { issues } = normalizeInput(IE3F32Meta, {
      consignmentMasterLevel: {
        consignmentHouseLevel: [{ totalAmountInvoiced: { value: 0.1 + 0.2, currency: 'EUR' } }],
      },
    });
    expect(issues[0]!.pointer).toBe(
      '/IE3F32/consignmentMasterLevel/consignmentHouseLevel[1]/totalAmountInvoiced/@value',
    );
  });
});
