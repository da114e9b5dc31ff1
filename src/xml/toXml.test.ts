import { describe, it, expect } from 'vitest';
import type { IE3R01 } from '../generated/messages/IE3R01';
import { registry } from '../generated/registry';
import { maximalInstance, minimalInstance } from '../../test/support/instances';
import { elementToXml, toXml, toXmlChunks, ICS2_NAMESPACE } from './toXml';

const r01 = {
  LRN: 'LRN1',
  MRN: '24DE123456789012J4',
  registrationDate: '2024-04-12T11:13:57Z',
  SpecificCircumstanceIndicator: 'F32' as const,
};

describe('toXml', () => {
  it('writes the declaration, the root in the ICS2 namespace and children in metadata order', () => {
    const shuffled: IE3R01 = {
      SpecificCircumstanceIndicator: 'F32',
      registrationDate: r01.registrationDate,
      MRN: r01.MRN,
      LRN: r01.LRN,
    };
    const r = toXml('IE3R01', shuffled, { validateOptions: { rules: false } });
    expect(r).toEqual({
      ok: true,
      xml:
        '<?xml version="1.0" encoding="UTF-8"?>\n' +
        `<IE3R01 xmlns="${ICS2_NAMESPACE}"><LRN>LRN1</LRN><MRN>24DE123456789012J4</MRN>` +
        '<registrationDate><DateTime>2024-04-12T11:13:57Z</DateTime></registrationDate>' +
        '<SpecificCircumstanceIndicator>F32</SpecificCircumstanceIndicator></IE3R01>',
    });
  });

  it('pretty-prints with 2-space indentation', () => {
    const r = toXml('IE3R01', r01, { pretty: true, validateOptions: { rules: false } });
    expect(r.ok && r.xml.split('\n')).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<IE3R01 xmlns="${ICS2_NAMESPACE}">`,
      '  <LRN>LRN1</LRN>',
      '  <MRN>24DE123456789012J4</MRN>',
      '  <registrationDate><DateTime>2024-04-12T11:13:57Z</DateTime></registrationDate>',
      '  <SpecificCircumstanceIndicator>F32</SpecificCircumstanceIndicator>',
      '</IE3R01>',
      '',
    ]);
  });

  it('escapes text and writes amounts as attributes', () => {
    const meta = registry.IE3F32.meta;
    const findAmount = (n: typeof meta.root): typeof meta.root | undefined =>
      n.encoding === 'amount' ? n : (n.children ?? []).map(findAmount).find((x) => x !== undefined);
    const amount = findAmount(meta.root);
    expect(amount).toBeDefined();
    expect(elementToXml(amount!, { value: '12.50', currency: 'E"R' })).toEqual({
      ok: true,
      xml: `<${amount!.name} value="12.50" currency="E&quot;R"/>`,
    });
    const r = toXml('IE3R01', { ...r01, LRN: 'a<&>b' }, { validate: false });
    expect(r.ok && r.xml).toContain('<LRN>a&lt;&amp;&gt;b</LRN>');
  });

  it('refuses invalid data with the validation issues, unless validate: false', () => {
    const r = toXml('IE3R01', { ...r01, LRN: undefined } as never);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues.map((i) => i.code)).toContain('missing');
    expect(toXml('IE3R01', { ...r01, LRN: undefined } as never, { validate: false }).ok).toBe(true);
  });

  it('refuses characters XML 1.0 does not allow, with path and pointer', () => {
    const r = toXml('IE3R01', { ...r01, LRN: 'bell\u0007' }, { validate: false });
    expect(r).toEqual({
      ok: false,
      issues: [expect.objectContaining({ code: 'invalid_character', path: ['LRN'], pointer: '/IE3R01/LRN' })],
    });
  });

  it('never throws: wrong types, unknown properties, unknown message, throwing getters', () => {
    expect(toXml('IE3R01', null as never).ok).toBe(false);
    expect(toXml('IE3X00' as never, r01 as never).ok).toBe(false);
    const extra = toXml('IE3R01', { ...r01, LRN: 5, bogus: 'x' } as never, { validate: false });
    expect(!extra.ok && extra.issues.map((i) => i.code).sort()).toEqual(['invalid_type', 'unexpected']);
    const evil = Object.defineProperty({ ...r01 }, 'MRN', {
      get: () => {
        throw new Error('boom');
      },
      enumerable: true,
    });
    expect(toXml('IE3R01', evil, { validate: false })).toEqual({
      ok: false,
      issues: [expect.objectContaining({ code: 'serialize_failed' })],
    });
  });

  it('is deterministic and does not mutate its input', () => {
    const x = maximalInstance(registry.IE3F32.meta);
    const copy = structuredClone(x);
    const a = toXml('IE3F32', x as never, { validate: false });
    const b = toXml('IE3F32', x as never, { validate: false });
    expect(a).toEqual(b);
    expect(x).toEqual(copy);
  });
});

describe('toXmlChunks', () => {
  it('yields chunks that join to the toXml output (compact and pretty)', () => {
    for (const t of ['IE3F11', 'IE3F32', 'IE3N99'] as const) {
      for (const x of [minimalInstance(registry[t].meta), maximalInstance(registry[t].meta, 3)]) {
        for (const pretty of [false, true]) {
          const whole = toXml(t, x as never, { validate: false, pretty });
          const chunks = toXmlChunks(t, x as never, { validate: false, pretty });
          expect(chunks.ok && whole.ok).toBe(true);
          expect(chunks.ok && [...chunks.chunks].join('')).toBe(whole.ok && whole.xml);
        }
      }
    }
  });

  it('splits a large message into several chunks', () => {
    const x = maximalInstance(registry.IE3F11.meta, 6);
    const r = toXmlChunks('IE3F11', x as never, { validate: false });
    const chunks = r.ok ? [...r.chunks] : [];
    expect(chunks.length).toBeGreaterThan(1);
  });

  it('checks everything before the first chunk', () => {
    const r = toXmlChunks('IE3R01', { ...r01, MRN: '\u0000' }, { validate: false });
    expect(r).toEqual({
      ok: false,
      issues: [expect.objectContaining({ code: 'invalid_character', pointer: '/IE3R01/MRN' })],
    });
    expect(toXmlChunks('IE3R01', {} as never).ok).toBe(false);
  });
});
