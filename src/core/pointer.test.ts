import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IE3A32Meta } from '../generated/messages/IE3A32';
import { IE3F32Meta } from '../generated/messages/IE3F32';
import { metaAt, pathForPointer, pointerFor, readPointer } from './pointer';

describe('pointers', () => {
  it('refuse what no document can mean: [0], indexes beyond the maximum, empty steps, @ on an element', () => {
    const house = '/IE3F32/consignmentMasterLevel/consignmentHouseLevel';
    expect(pathForPointer(IE3F32Meta, `${house}[0]`)).toBeUndefined();
    expect(pathForPointer(IE3F32Meta, `${house}[1]/goodsItem[100]`)).toBeUndefined(); // goodsItem is 1..99 in F32
    expect(pathForPointer(IE3F32Meta, `${house}[1]/goodsItem[99]`)).toEqual(['consignmentMasterLevel', 'consignmentHouseLevel', 0, 'goodsItem', 98]);
    expect(pathForPointer(IE3F32Meta, `${house}[99999999999999999999]`)).toBeUndefined();
    expect(pathForPointer(IE3F32Meta, '/IE3F32//consignmentMasterLevel')).toBeUndefined();
    expect(pathForPointer(IE3F32Meta, '/IE3F32/consignmentMasterLevel/')).toBeUndefined();
    expect(pathForPointer(IE3F32Meta, '/IE3F32/@LRN')).toBeUndefined();
    expect(readPointer(IE3F32Meta, `${house}[0]`)).toEqual({ problem: 'index [0] of consignmentHouseLevel: indexes run from 1' });
    expect(readPointer(IE3F32Meta, 'IE3F32/LRN')).toEqual({ problem: 'a pointer starts with /' });
    expect(readPointer(IE3F32Meta, '/IE3F32/LRN')).toEqual({ path: ['LRN'] });
  });

  it('are 1-based on repeated elements, as in IE3N99', () => {
    const path = [
      'consignmentMasterLevel',
      'consignmentHouseLevel',
      0,
      'goodsItem',
      1,
      'commodity',
      'descriptionOfGoods',
    ];
    const ptr =
      '/IE3F32/consignmentMasterLevel/consignmentHouseLevel[1]/goodsItem[2]/commodity/descriptionOfGoods';
    expect(pointerFor(IE3F32Meta, path)).toBe(ptr);
    expect(pathForPointer(IE3F32Meta, ptr)).toEqual(path);
  });
  it('read pointers without the root, with [1] on single elements, and amount attributes', () => {
    expect(pathForPointer(IE3F32Meta, 'consignmentMasterLevel[1]/consignmentHouseLevel/goodsItem')).toEqual([
      'consignmentMasterLevel',
      'consignmentHouseLevel',
      0,
      'goodsItem',
      0,
    ]);
    expect(pathForPointer(IE3F32Meta, '/IE3F32/nope')).toBeUndefined();
    expect(pathForPointer(IE3F32Meta, '/IE3F32/LRN[2]')).toBeUndefined();
    expect(pathForPointer(IE3F32Meta, '/IE3F32/%%')).toBeUndefined();
    const p = ['consignmentMasterLevel', 'consignmentHouseLevel', 0, 'totalAmountInvoiced', 'currency'];
    const ptr = pointerFor(IE3A32Meta, p);
    expect(ptr).toBe('/IE3A32/consignmentMasterLevel/consignmentHouseLevel[1]/totalAmountInvoiced/@currency');
    expect(pathForPointer(IE3A32Meta, ptr)).toEqual(p);
    expect(pathForPointer(IE3A32Meta, ptr.replace('@currency', '@other'))).toBeUndefined();
    expect(metaAt(IE3A32Meta, p)?.encoding).toBe('amount');
    expect(metaAt(IE3F32Meta, ['LRN'])?.format).toBe('an..22');
    expect(metaAt(IE3F32Meta, ['nope'])).toBeUndefined();
  });
  it('round-trip every element path of a message (property)', () => {
    const paths: (string | number)[][] = [];
    const walk = (n: typeof IE3F32Meta.root, p: (string | number)[]) => {
      for (const c of n.children ?? []) {
        const q = c.max > 1 ? [...p, c.name, 3] : [...p, c.name];
        paths.push(q);
        walk(c, q);
      }
    };
    walk(IE3F32Meta.root, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths), (p) => {
        expect(pathForPointer(IE3F32Meta, pointerFor(IE3F32Meta, p))).toEqual(p);
      }),
    );
  });
});
