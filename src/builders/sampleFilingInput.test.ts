import { describe, expect, it } from 'vitest';
import { messageTypes } from '../generated/catalogue';
import { validate } from '../validate';
import { sampleFilingInput } from './sampleFilingInput';

const filingsAndAmendments = messageTypes.filter((t) => /^IE3[FA]\d\d$/.test(t));

describe('sampleFilingInput', () => {
  it('covers the 31 filings and their amendments', () => {
    expect(filingsAndAmendments.filter((t) => t.startsWith('IE3F'))).toHaveLength(31);
    expect(filingsAndAmendments.length).toBeGreaterThan(31);
  });

  it.each(filingsAndAmendments.map((t) => [t]))('%s: the sample passes validate as it is', (t) => {
    const input = sampleFilingInput(t);
    const r = validate(t, input);
    expect(r.issues?.filter((i) => i.severity === 'error') ?? []).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('is in the model form: UTC date strings and decimal strings, no Date or number', () => {
    const input = sampleFilingInput('IE3F32');
    expect(input.documentIssueDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const leaves: unknown[] = [];
    const walk = (v: unknown): void => {
      if (v !== null && typeof v === 'object') Object.values(v).forEach(walk);
      else leaves.push(v);
    };
    walk(input);
    expect(leaves.filter((v) => typeof v !== 'string')).toEqual([]);
  });

  it('returns a fresh object each call (callers may change it)', () => {
    const a = sampleFilingInput('IE3F12');
    const b = sampleFilingInput('IE3F12');
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
  });
});
