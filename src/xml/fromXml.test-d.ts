import { describe, expectTypeOf, it } from 'vitest';
import type { Message } from '../validate';
import { fromXml, type FromXmlResult } from './fromXml';

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
