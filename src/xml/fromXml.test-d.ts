import { describe, expectTypeOf, it } from 'vitest';
import type { Result } from '../core/issue';
import { IE3F32Message, type IE3F32 } from '../generated/messages/IE3F32';
import { IE3R01Message, type IE3R01 } from '../generated/messages/IE3R01';
import { fromXml as liteFromXml } from '../lite';
import { validate, type Message } from '../validate';
import { fromXml, type FromXmlOfResult, type FromXmlResult } from './fromXml';
import { toXml, type ToXmlResult } from './toXml';

declare const xml: string;

describe('fromXml result types', () => {
  it('narrows on messageType: the docs snippet compiles', () => {
    const r = fromXml(xml);
    if (r.ok && r.messageType === 'IE3R01') {
      expectTypeOf(r.value).toEqualTypeOf<Message<'IE3R01'>>();
      expectTypeOf(r.value.MRN).toEqualTypeOf<string>();
    }
    if (r.messageType === 'IE3N99') expectTypeOf(r.value.error).toEqualTypeOf<Message<'IE3N99'>['error']>();
    if (r.messageType === undefined) expectTypeOf(r.value).toEqualTypeOf<undefined>();
    // Without narrowing the value is no particular message.
    // @ts-expect-error MRN is not on every message
    void r.value?.MRN;
  });

  it('narrows to the expected types', () => {
    const r = fromXml(xml, { expect: ['IE3R01', 'IE3N99'] });
    expectTypeOf(r).toEqualTypeOf<FromXmlResult<'IE3R01' | 'IE3N99'>>();
    if (r.ok) {
      expectTypeOf(r.messageType).toEqualTypeOf<'IE3R01' | 'IE3N99'>();
      if (r.messageType === 'IE3R01') expectTypeOf(r.value.MRN).toEqualTypeOf<string>();
      // @ts-expect-error IE3F32 is not among the expected types
      if (r.messageType === 'IE3F32') void r;
    }
    const one = fromXml(xml, { expect: 'IE3N99' });
    if (one.ok) expectTypeOf(one.value).toEqualTypeOf<Message<'IE3N99'>>();
  });

  it('refuses an expect that is not a message type', () => {
    // @ts-expect-error not one of the 84 messages
    fromXml(xml, { expect: ['IE3X99'] });
  });
});

describe('fromXml with message modules', () => {
  it('narrows the result to the models of the modules given, as fromXml of ics2/lite does', () => {
    const r = fromXml(xml, { messages: [IE3F32Message, IE3R01Message] });
    expectTypeOf(r).toEqualTypeOf<FromXmlOfResult<typeof IE3F32Message | typeof IE3R01Message>>();
    expectTypeOf(r).toEqualTypeOf(liteFromXml(xml, { messages: [IE3F32Message, IE3R01Message] }));
    expectTypeOf(r.messageType).toEqualTypeOf<'IE3F32' | 'IE3R01' | undefined>();
    if (r.ok && r.messageType === 'IE3R01') expectTypeOf(r.value).toEqualTypeOf<IE3R01>();
    if (r.messageType === 'IE3F32') expectTypeOf(r.value).toEqualTypeOf<IE3F32>();
    // @ts-expect-error IE3N99 is not among the modules given
    if (r.messageType === 'IE3N99') void r;
  });

  it('refuses string ids in messages, and messages with expect', () => {
    // @ts-expect-error messages takes modules; string ids go in expect
    fromXml(xml, { messages: ['IE3R01'] });
    // @ts-expect-error expect and messages together
    fromXml(xml, { messages: [IE3R01Message], expect: 'IE3R01' });
  });

  it('validate and toXml of the root take modules too', () => {
    expectTypeOf(validate(IE3F32Message, {})).toEqualTypeOf<Result<IE3F32>>();
    expectTypeOf(toXml(IE3F32Message, {} as IE3F32)).toEqualTypeOf<ToXmlResult>();
    // @ts-expect-error toXml with a module wants that message's model
    toXml(IE3F32Message, { LRN: 5 });
  });
});
