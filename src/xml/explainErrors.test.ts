import { describe, it, expect } from 'vitest';
import { ruleCatalogue } from '../generated/rules';
import { explainErrors } from './explainErrors';
import { toXml } from './toXml';

const sent = {
  messageType: 'IE3R01' as const,
  data: {
    LRN: 'LRN-7',
    MRN: '24DE123456789012J4',
    registrationDate: '2024-04-12T11:13:57Z',
    SpecificCircumstanceIndicator: 'F32',
  },
};
const ruleId = Object.keys(ruleCatalogue).find((k) => k.startsWith('R'))!;
const condId = Object.keys(ruleCatalogue).find((k) => k.startsWith('C'))!;

const n99 = {
  notificationDate: '2024-04-12T11:13:57Z',
  error: [
    { validationCode: ruleId, pointer: { messageElementPath: '/IE3R01/LRN' } },
    {
      validationCode: '14',
      description: `Condition ${condId} violated`,
      pointer: { messageElementPath: '/IE3R01/MRN' },
    },
    { validationCode: 'ZZ99', pointer: { messageElementPath: '/IE3R01/nothingHere' } },
    { validationCode: '13' },
  ],
};

describe('explainErrors', () => {
  it('maps pointers to model paths and sent values, and names the rule with a hint', () => {
    const r = explainErrors(n99, sent);
    expect(r.ok).toBe(true);
    const [a, b, c, d] = r.explanations;
    expect(a).toMatchObject({
      pointer: '/IE3R01/LRN',
      messageType: 'IE3R01',
      path: ['LRN'],
      hasSentValue: true,
      sentValue: 'LRN-7',
      known: true,
    });
    expect(a!.rules).toEqual([{ id: ruleId, kind: 'rule', summary: ruleCatalogue[ruleId]!.summary }]);
    expect(a!.howToFix).toContain(ruleId);
    expect(a!.howToFix).toContain('"LRN-7"');
    expect(b!.rules.map((x) => x.id)).toEqual([condId]);
    expect(b!.meaning).toContain('not confirmed');
    expect(c).toMatchObject({ known: false, hasSentValue: false });
    expect(c!.path).toBeUndefined();
    expect(c!.meaning).toContain('Unknown validation code');
    expect(d!.known).toBe(true);
    expect(d!.pointer).toBeUndefined();
    expect(d!.howToFix).toContain('add ');
  });

  it('accepts the IE3N99 as XML', () => {
    const x = toXml('IE3N99', n99, { validateOptions: { rules: false } });
    expect(x.ok).toBe(true);
    const r = explainErrors(x.ok ? x.xml : '', sent);
    expect(r.explanations.map((e) => e.sentValue)).toEqual([
      'LRN-7',
      '24DE123456789012J4',
      undefined,
      undefined,
    ]);
  });

  it('gives no sent value for another message type, and reports unreadable input', () => {
    expect(explainErrors(n99, { messageType: 'IE3F32', data: {} }).explanations[0]!.hasSentValue).toBe(false);
    expect(explainErrors('<nope/>').ok).toBe(false);
    expect(explainErrors({} as never).issues.map((i) => i.code)).toEqual(['missing']);
  });
});
