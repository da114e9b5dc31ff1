import { expectTypeOf, test } from 'vitest';
import type { Message } from 'ics2';
import type { Address, Consignor, Communication, ConsignmentHouseLevelF32 } from 'ics2/types';
import type { IE3F32Address, IE3F32Consignor } from 'ics2/messages/IE3F32';
import type { IE3F11Consignor } from 'ics2/messages/IE3F11';
import type { UnknownElement } from 'ics2/xml';

type F32House = Message<'IE3F32'>['consignmentMasterLevel']['consignmentHouseLevel'][number];
type F11House = NonNullable<Message<'IE3F11'>['consignmentMasterLevel']['consignmentHouseLevel']>[number];

test('one library type is one TypeScript type across messages', () => {
  expectTypeOf<IE3F32Address>().toEqualTypeOf<Address>();
  expectTypeOf<IE3F32Consignor>().toEqualTypeOf<IE3F11Consignor>();
  expectTypeOf<F32House['consignor']>().toEqualTypeOf<Consignor>();
  expectTypeOf<F11House['consignor']>().toEqualTypeOf<Consignor>();
  expectTypeOf<Consignor['address']>().toEqualTypeOf<Address>();
  expectTypeOf<NonNullable<Consignor['communication']>>().toEqualTypeOf<Communication[]>();
  expectTypeOf<F32House>().toEqualTypeOf<ConsignmentHouseLevelF32>();
});

test('shared structures keep the library shape (mandatory, optional, arrays)', () => {
  expectTypeOf<Address['city']>().toEqualTypeOf<string>();
  expectTypeOf<Address>().toHaveProperty('postCode').toEqualTypeOf<string | undefined>();
  // @ts-expect-error an address needs its city
  const noCity: Address = { country: 'FR' };
  expectTypeOf(noCity).toEqualTypeOf<Address>();
});

test('what fromXml keeps of unknown content is typed on every structure', () => {
  expectTypeOf<Address['$unknown']>().toEqualTypeOf<UnknownElement[] | undefined>();
  expectTypeOf<Message<'IE3F26'>['$unknown']>().toEqualTypeOf<UnknownElement[] | undefined>();
  expectTypeOf<F32House['$unknown']>().toEqualTypeOf<UnknownElement[] | undefined>();
});
