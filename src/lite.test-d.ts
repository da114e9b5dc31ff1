import { expectTypeOf, test } from 'vitest';
import type { Result } from './core/issue';
import { IE3F32Message, type IE3F32 } from './generated/messages/IE3F32';
import { validate } from './lite';
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
