import { describe, expect, it } from 'vitest';
import { filingTypes, fromXml, messageInfo, validate, type Issue } from '../../../src/index';
import { analyze, fixFor, lineOf, pointerLines, readMessage } from './analyze';
import { brokenFiling, sampleFiling, sampleN99, sampleXml } from './samples';

describe('playground analyze', () => {
  it('every filing type: the valid sample has no error, the broken one has the errors fromXml finds', () => {
    for (const f of filingTypes) {
      const s = sampleFiling(f.code);
      const ok = analyze(sampleXml(s.messageType, s.data));
      expect(ok.messageType, f.code).toBe(s.messageType);
      expect(
        ok.issues.filter((i) => i.severity === 'error'),
        f.code,
      ).toEqual([]);
      expect(ok.ok).toBe(true);
      const xml = sampleXml(s.messageType, brokenFiling(s.messageType, s.data));
      const bad = analyze(xml);
      expect(bad.ok, f.code).toBe(false);
      expect(bad.issues.map(({ fix: _fix, ...i }) => i)).toEqual(fromXml(xml).issues);
      for (const i of bad.issues) expect(i.fix, `${f.code} ${i.code}`).not.toBe('See the message.');
    }
  });

  it('reads JSON wrapped, with messageType and data, or bare with the type chosen', () => {
    const s = sampleFiling('F32');
    const expected = validate('IE3F32', s.data).ok;
    expect(analyze(JSON.stringify({ IE3F32: s.data })).ok).toBe(expected);
    expect(analyze(JSON.stringify({ messageType: 'IE3F32', data: s.data })).messageType).toBe('IE3F32');
    expect(analyze(JSON.stringify(s.data), { messageType: 'IE3F32' }).ok).toBe(expected);
    expect(analyze(JSON.stringify(s.data)).issues.map((i) => i.code)).toEqual(['unknown_message']);
    expect(
      analyze(JSON.stringify({ IE3F32: s.data }), { messageType: 'IE3F10' }).issues.map((i) => i.code),
    ).toContain('unexpected_root');
  });

  it('reports unreadable input as issues with fixes, never throws', () => {
    expect(analyze('')).toMatchObject({ input: 'empty', ok: false, issues: [] });
    expect(analyze('{nope').issues.map((i) => i.code)).toEqual(['json_syntax']);
    expect(analyze('[1]').issues.map((i) => i.code)).toEqual(['invalid_type']);
    expect(analyze('<x/>').issues.map((i) => i.code)).toEqual(['unknown_root']);
    expect(analyze('<IE3F32>').issues[0]?.fix).toMatch(/well-formed|XML/);
    expect(readMessage('\uFEFF  ').input).toBe('empty');
  });

  it('explains an IE3N99, with the values sent when the filing is given', () => {
    const s = sampleFiling('F32');
    const n99 = sampleXml('IE3N99', sampleN99(s.messageType, s.data));
    const alone = analyze(n99);
    expect(alone.messageType).toBe('IE3N99');
    expect(alone.explanations?.length).toBe(1);
    expect(alone.explanations?.[0]?.hasSentValue).toBe(false);
    const withSent = analyze(n99, { sent: sampleXml(s.messageType, s.data) });
    expect(withSent.sentType).toBe('IE3F32');
    expect(withSent.explanations?.[0]?.hasSentValue).toBe(true);
    const badSent = analyze(n99, { sent: '{' });
    expect(badSent.issues.some((i) => i.message.startsWith('Sent message:'))).toBe(true);
  });

  it('gives fixes from the rule catalogue and the element metadata', () => {
    const at = (code: string, path: (string | number)[], ref?: string): Issue => ({
      code,
      severity: 'error',
      path,
      pointer: '',
      message: '',
      ...(ref ? { ref } : {}),
    });
    expect(fixFor(at('R3021', []))).toContain('Example:');
    expect(fixFor(at('too_long', ['LRN']), 'IE3F32')).toMatch(/^Shorten LRN to at most \d+ characters/);
    expect(fixFor(at('missing', ['SpecificCircumstanceIndicator']), 'IE3F32')).toContain('CL742');
    const groups = messageInfo('IE3F32').root.children?.find((c) => c.encoding === 'group');
    expect(fixFor(at('missing', [groups!.name]), 'IE3F32')).toContain('with its mandatory elements');
    expect(fixFor(at('unexpected', ['nonsense']), 'IE3F32')).toContain('allowed here: ');
    expect(fixFor(at('number_not_allowed', ['LRN']), 'IE3F32')).toContain('decimal string');
    expect(fixFor(at('something_else', [], 'an..5'))).toBe('See an..5.');
  });

  it('maps pointers to the lines of the pretty XML; a missing element to its parent', () => {
    const s = sampleFiling('F32');
    const xml = sampleXml(s.messageType, s.data);
    const lines = pointerLines(xml, 'IE3F32');
    const text = xml.split('\n');
    expect(text[lines.get('/IE3F32')!]).toMatch(/^<IE3F32 /);
    expect(text[lineOf(lines, '/IE3F32/LRN')!]).toContain('<LRN>');
    const house = '/IE3F32/consignmentMasterLevel/consignmentHouseLevel[1]';
    expect(text[lineOf(lines, house)!]?.trim()).toBe('<consignmentHouseLevel>');
    expect(lineOf(lines, `${house}/noSuchElement`)).toBe(lines.get(house));
    expect(lineOf(lines, '/IE3XX/LRN')).toBeUndefined();
  });
});
