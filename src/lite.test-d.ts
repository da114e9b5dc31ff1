import { expectTypeOf, test } from 'vitest';
import type { Result } from './core/issue';
import { IE3F32Message, type IE3F32 } from './generated/messages/IE3F32';
import { IE3R01Message, type IE3R01 } from './generated/messages/IE3R01';
import { fromXml, validate } from './lite';
import { validate as rootValidate } from './validate';
import { toXml as rootToXml } from './xml/toXml';

test('a message module carries its model type through validate and toXml', () => {
  expectTypeOf(validate(IE3F32Message, {})).toEqualTypeOf<Result<IE3F32>>();
  expectTypeOf(rootValidate(IE3F32Message, {})).toEqualTypeOf<Result<IE3F32>>();
  expectTypeOf(rootValidate('IE3F32', {})).toEqualTypeOf<Result<IE3F32>>();
  // @ts-expect-error -- a string id is not a module: ics2/lite takes modules only
  validate('IE3F32', {});
  // @ts-expect-error -- toXml with a module wants that message's model
  rootToXml(IE3F32Message, { LRN: 5 });
});

test('fromXml of ics2/lite narrows the model by messageType among the modules given', () => {
  const r = fromXml('<x/>', { messages: [IE3F32Message, IE3R01Message] });
  if (r.ok && r.messageType === 'IE3R01') expectTypeOf(r.value).toEqualTypeOf<IE3R01>();
  if (r.messageType === 'IE3F32') expectTypeOf(r.value).toEqualTypeOf<IE3F32>();
  expectTypeOf(r.messageType).toEqualTypeOf<'IE3F32' | 'IE3R01' | undefined>();
  // @ts-expect-error -- ics2/lite's fromXml takes modules, not string ids
  fromXml('<x/>', { messages: ['IE3R01'] });
});
