import { describe, expectTypeOf, it } from 'vitest';
import type { Result } from '../core/issue';
import type { Message } from '../validate';
import { air, express, sea } from './index';
import type { ShipmentFiling, ShipmentHeader } from './fromShipment';

declare const header: ShipmentHeader<'IE3F12' | 'IE3F15'>;

describe('shipment builder types', () => {
  it('sea multiple filing: the master is an F12, each house an F15, and the filings narrow by message', () => {
    const out = sea.fromBillOfLading({ filing: 'multiple', lrn: 'L1', header, master: {}, houses: [] });
    expectTypeOf(out.master).toEqualTypeOf<ShipmentFiling<'IE3F12'>>();
    expectTypeOf(out.houses).toEqualTypeOf<ShipmentFiling<'IE3F15'>[]>();
    expectTypeOf(out.master.result).toEqualTypeOf<Result<Message<'IE3F12'>>>();
    if (out.master.result.ok) expectTypeOf(out.master.result.value).toEqualTypeOf<Message<'IE3F12'>>();
    for (const f of out.filings) {
      if (f.messageType === 'IE3F15') expectTypeOf(f.result).toEqualTypeOf<Result<Message<'IE3F15'>>>();
      else expectTypeOf(f.messageType).toEqualTypeOf<'IE3F12'>();
    }
  });

  it('sea single filing gives the F11', () => {
    const out = sea.fromBillOfLading({ filing: 'single', lrn: 'L1', header: {}, master: {}, houses: [] });
    expectTypeOf(out.complete).toEqualTypeOf<ShipmentFiling<'IE3F11'>>();
    // @ts-expect-error a single filing has no master filing of its own
    void out.master;
  });

  it('air and express results are typed per filing', () => {
    const a = air.fromMasterAirWaybill({ filing: 'multiple', lrn: 'L1', header: {}, master: {}, houses: [] });
    expectTypeOf(a.master.messageType).toEqualTypeOf<'IE3F21'>();
    expectTypeOf(a.houses).toEqualTypeOf<ShipmentFiling<'IE3F22'>[]>();
    expectTypeOf(a.placi).toEqualTypeOf<ShipmentFiling<'IE3F23'> | undefined>();
    const e = express.fromShipment({
      carriage: 'express-air',
      placi: true,
      lrn: 'L1',
      header: {},
      master: {},
      houses: [],
    });
    expectTypeOf(e.placi).toEqualTypeOf<ShipmentFiling<'IE3F32'> | undefined>();
    expectTypeOf(e.houses).toEqualTypeOf<ShipmentFiling<'IE3F33'>[]>();
  });

  it('parts are typed by the messages they feed: unknown keys and wrong values do not compile', () => {
    expectTypeOf<ShipmentHeader<'IE3F12' | 'IE3F15'>>().toHaveProperty('declarant');
    expectTypeOf<ShipmentHeader<'IE3F12' | 'IE3F15'>>().not.toHaveProperty('LRN');
    expectTypeOf<ShipmentHeader<'IE3F12' | 'IE3F15'>>().not.toHaveProperty('consignmentMasterLevel');
    sea.fromBillOfLading({
      filing: 'multiple',
      lrn: 'L1',
      // @ts-expect-error misspelled top-level element
      header: { declarnt: {} },
      master: {},
      houses: [],
    });
    sea.fromBillOfLading({
      filing: 'multiple',
      lrn: 'L1',
      header: {},
      master: {},
      // @ts-expect-error misspelled house-level element
      houses: [{ consignment: { consignr: {} } }],
    });
    sea.fromBillOfLading({
      filing: 'multiple',
      lrn: 'L1',
      // @ts-expect-error the country is a code string, not a number
      header: { addressedMemberState: { country: 1 } },
      master: {},
      houses: [],
    });
    express.fromShipment({
      // @ts-expect-error no such carriage
      carriage: 'sea',
      lrn: 'L1',
      header: {},
      master: {},
      houses: [],
    });
  });
});
