import { describe, expect, it } from 'vitest';
import { address } from './address';
import { container } from './container';
import { deepCopy, deepFreeze } from './deepCopy';
import { numberGoodsItems } from './numberGoodsItems';
import { bulk, isBulkPackageType, packages } from './packaging';
import { party } from './party';
import { place, placeByAddress } from './place';
import { routingCountries } from './routingCountries';

const street = {
  street: 'Grosse Elbstrasse',
  number: '145',
  postCode: '22767',
  city: 'Hamburg',
  country: 'DE',
} as const;

describe('builder helpers', () => {
  it('address keeps only the fields given', () => {
    expect(address(street)).toEqual(street);
    expect(address({ poBox: '1234', city: 'Brussels', country: 'BE' })).toEqual({
      poBox: '1234',
      city: 'Brussels',
      country: 'BE',
    });
  });

  it('party maps eori, phone and email and copies the address', () => {
    const input = deepFreeze({
      name: 'Hanse',
      eori: 'DE123456789012345',
      typeOfPerson: '2' as const,
      phone: '+494012345678',
      email: 'ens@hanse.example',
      address: street,
    });
    const p = party(input);
    expect(p).toEqual({
      name: 'Hanse',
      identificationNumber: 'DE123456789012345',
      typeOfPerson: '2',
      address: street,
      communication: [
        { identifier: '+494012345678', type: 'TE' },
        { identifier: 'ens@hanse.example', type: 'EM' },
      ],
    });
    expect(p.address).not.toBe(input.address);
    expect(party({ name: 'N', address: street })).toEqual({ name: 'N', address: street });
  });

  it('packaging: packed goods carry number and marks, bulk goods carry neither', () => {
    expect(packages('CT', 40, 'M 1-40')).toEqual({
      typeOfPackages: 'CT',
      numberOfPackages: 40,
      shippingMarks: 'M 1-40',
    });
    expect(bulk('VR')).toEqual({ typeOfPackages: 'VR' });
    expect(isBulkPackageType('VQ')).toBe(true);
    expect(isBulkPackageType('CT')).toBe(false);
  });

  it('container counts its seals', () => {
    expect(
      container({
        number: 'MSCU1234566',
        sizeAndType: '45G1',
        packedStatus: 'B',
        supplierType: '2',
        seals: ['A', 'B'],
      }),
    ).toEqual({
      containerSizeAndType: '45G1',
      containerPackedStatus: 'B',
      containerSupplierType: '2',
      containerIdentificationNumber: 'MSCU1234566',
      numberOfSeals: '2',
      seal: [{ identifier: 'A' }, { identifier: 'B' }],
    });
    expect(
      container({ number: 'MSCU1234566', sizeAndType: '45G1', packedStatus: 'A', supplierType: '1' }).seal,
    ).toBeUndefined();
  });

  it('routing countries and goods items are numbered from 1 in order', () => {
    expect(routingCountries('CN', 'SG', 'NL').map((r) => `${r.sequenceNumber}${r.country}`)).toEqual([
      '1CN',
      '2SG',
      '3NL',
    ]);
    expect(numberGoodsItems([{ a: 1 }, { a: 2 }]).map((g) => g.goodsItemNumber)).toEqual(['1', '2']);
  });

  it('place by UN/LOCODE or by location and address', () => {
    expect(place('NLRTM')).toEqual({ UNLOCODE: 'NLRTM' });
    expect(placeByAddress('Warehouse 7', address(street))).toEqual({
      location: 'Warehouse 7',
      address: street,
    });
  });

  it('deepCopy copies dates and cuts cycles; deepFreeze freezes deeply', () => {
    const d = new Date('2024-01-01T00:00:00Z');
    const cyc: Record<string, unknown> = { d, list: [1, { x: 2 }] };
    cyc.self = cyc;
    const c = deepCopy(cyc);
    expect(c.d).not.toBe(d);
    expect((c.d as Date).getTime()).toBe(d.getTime());
    expect(c.self).toBeUndefined();
    const f = deepFreeze({ a: { b: [1] } });
    expect(Object.isFrozen(f.a.b)).toBe(true);
  });
});
