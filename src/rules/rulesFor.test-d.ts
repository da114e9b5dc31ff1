import { describe, expectTypeOf, it } from 'vitest';
import type { Message } from '../validate';
import { rulesFor, type RulePath, type RuleTarget } from './rulesFor';
import type { Check } from './types';

describe('rulesFor paths', () => {
  it('takes the paths of the message and refuses a misspelt one', () => {
    const f32 = rulesFor('IE3F32');
    expectTypeOf(f32.required('LRN')).toEqualTypeOf<Check>();
    f32.required('consignmentMasterLevel.consignmentHouseLevel[*].goodsItem[*].commodity');
    // @ts-expect-error misspelt element
    f32.required('consignmentMasterLevel.consignmentHouseLevl[*]');
    // @ts-expect-error IE3F32 has no UCR element (it is referenceNumberUCR)
    f32.required('UCR');
    expectTypeOf<'LRN'>().toExtend<RulePath<Message<'IE3F32'>>>();
    expectTypeOf<'declarant.address.city'>().toExtend<RulePath<Message<'IE3F32'>>>();
  });

  it('RulePath of an object, a union, a primitive, any and never', () => {
    expectTypeOf<RulePath<{ a: { b: string }[] }>>().toEqualTypeOf<'a' | 'a[*]' | 'a[*].b' | 'a.b'>();
    expectTypeOf<RulePath<{ a: string } | { b: { c: string } }>>().toEqualTypeOf<'a' | 'b' | 'b.c'>();
    expectTypeOf<RulePath<string>>().toEqualTypeOf<never>();
    expectTypeOf<RulePath<never>>().toEqualTypeOf<never>();
    expectTypeOf<RulePath<any>>().toEqualTypeOf<string>();
    // A path deep in the F32 (the old and the new definition give identical unions for IE3F32, IE3F11 and IE3N99).
    expectTypeOf<'consignmentMasterLevel.consignmentHouseLevel[*].goodsItem[*].commodity.descriptionOfGoods'>().toExtend<
      RulePath<Message<'IE3F32'>>
    >();
  });

  it('forEach hands the combinators of the element it visits', () => {
    const f32 = rulesFor('IE3F32');
    f32.forEach('consignmentMasterLevel.consignmentHouseLevel[*]', (house) => {
      expectTypeOf(house.required).parameter(0).toExtend<string>();
      // @ts-expect-error paths inside are relative: LRN is not in a house consignment
      house.required('LRN');
      return house.required('goodsItem');
    });
    type House = RuleTarget<Message<'IE3F32'>, 'consignmentMasterLevel.consignmentHouseLevel[*]'>;
    expectTypeOf<House>().toHaveProperty('goodsItem');
  });

  it('rule() binds the message; messages is typed MessageType[]', () => {
    const r = rulesFor('IE3F12').rule('x', { summary: 's' }, rulesFor('IE3F12').required('LRN'));
    expectTypeOf(r.messages).toEqualTypeOf<
      readonly import('../generated/catalogue').MessageType[] | undefined
    >();
  });
});
