/** Types of the per-message builders and of the builder on message modules (inferred from the modules). */
import { describe, expectTypeOf, it } from 'vitest';
import type { IE3F32 } from '../generated/messages/IE3F32';
import type { IE3A32 } from '../generated/messages/IE3A32';
import type { IE3F10 } from '../generated/messages/IE3F10';
import { IE3F32Message } from '../generated/messages/IE3F32';
import { IE3A32Message } from '../generated/messages/IE3A32';
import { IE3F25Message, type IE3F25 } from '../generated/messages/IE3F25';
import type { IE3A10 } from '../generated/messages/IE3A10';
import { createBuilderOf } from './builderCore';
import { createBuilder, type Builder } from './createBuilder';
import { express } from './index';
import { f10 } from './sea/f10';
import { f25 } from './air/f25';
import { f32 } from './express/f32';
import { createBuilder as liteCreateBuilder } from '../lite';

describe('per-message builder types', () => {
  it('the per-message builders have the types of the namespace ones (they are the same functions)', () => {
    expectTypeOf(f32).toEqualTypeOf(express.f32);
    expectTypeOf(f10).toEqualTypeOf<() => Builder<IE3F10, 'SpecificCircumstanceIndicator', IE3A10>>();
    expectTypeOf(f25).toEqualTypeOf<() => Builder<IE3F25, 'SpecificCircumstanceIndicator', never>>();
    expectTypeOf(f25().amendment).parameter(0).toBeNever();
  });

  it('the builder on modules infers the message, the amendment and the preset elements', () => {
    type F32Builder = Builder<IE3F32, 'SpecificCircumstanceIndicator', IE3A32>;
    const initial = { SpecificCircumstanceIndicator: 'F32' } as const;
    expectTypeOf(createBuilderOf(IE3F32Message, IE3A32Message, initial)).toEqualTypeOf<F32Builder>();
    expectTypeOf(liteCreateBuilder(IE3F32Message, IE3A32Message, initial)).toEqualTypeOf<F32Builder>();
    expectTypeOf(createBuilder(IE3F32Message, IE3A32Message, initial)).toEqualTypeOf<F32Builder>();
    // The string form, with the types given, is unchanged.
    expectTypeOf(
      createBuilder<IE3F32, 'SpecificCircumstanceIndicator', IE3A32>('IE3F32', 'IE3A32', initial),
    ).toEqualTypeOf<F32Builder>();
    expectTypeOf(createBuilderOf(IE3F32Message)).toEqualTypeOf<Builder<IE3F32>>();
    expectTypeOf(
      createBuilderOf(IE3F25Message, undefined, { SpecificCircumstanceIndicator: 'F25', LRN: 'L1' }),
    ).toEqualTypeOf<Builder<IE3F25, 'SpecificCircumstanceIndicator' | 'LRN'>>();
    // @ts-expect-error IE3F32 has no element nope
    createBuilderOf(IE3F32Message, IE3A32Message, { nope: 1 });
    // @ts-expect-error the indicator of IE3F32 is F32
    createBuilderOf(IE3F32Message, IE3A32Message, { SpecificCircumstanceIndicator: 'F10' });
    // @ts-expect-error a module is no string id: the string form takes ids only
    createBuilder('IE3F32', IE3A32Message);
  });
});
