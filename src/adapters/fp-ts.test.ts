import { sequenceT } from 'fp-ts/lib/Apply.js';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { messageInfo } from '../validate';
import { maximalInstance, minimalInstance } from '../../test/support/instances';
import { forbidden, required, rule } from '../rules/combinators';
import { IssuesValidation, ruleE, rulesE, validateE } from './fp-ts';

const meta = messageInfo('IE3F32');
const base = minimalInstance(meta) as never;

describe('ics2/fp-ts', () => {
  it('validateE: right for a valid message, left with every error otherwise', () => {
    expect(E.isRight(validateE('IE3F32', base, { rules: false }))).toBe(true);
    const bad = validateE('IE3F32', { ...(base as object), LRN: undefined, bogus: 1 }, { rules: false });
    expect(E.isLeft(bad)).toBe(true);
    if (E.isLeft(bad)) expect(bad.left.map((i) => i.code).sort()).toEqual(['missing', 'unexpected']);
  });

  it('lifts rules to applicative validation: every failing rule contributes its issues', () => {
    const needsUcr = rule(
      'company-ucr',
      { summary: 'No filing without additional information on each house (our own policy)' },
      required('consignmentMasterLevel.consignmentHouseLevel[*].additionalInformation'),
    );
    // The minimal F32 has no house-level additional information (optional); the maximal one has it.
    const unset = base;
    const full = maximalInstance(meta, 1) as never;
    const noRep = rule('no-representative', { summary: 'We file as declarant' }, forbidden('representative'));
    expect(E.isRight(ruleE(needsUcr)('IE3F32', full))).toBe(true);
    expect(E.isLeft(ruleE(needsUcr)('IE3F32', unset as never))).toBe(true);
    const withRepNoUcr = {
      ...(unset as object),
      representative: { identificationNumber: 'DE123456789012345', status: '2' },
    } as never;
    const both = rulesE([needsUcr, noRep])('IE3F32', withRepNoUcr);
    expect(E.isLeft(both)).toBe(true);
    if (E.isLeft(both))
      expect(new Set(both.left.map((i) => i.code))).toEqual(new Set(['company-ucr', 'no-representative']));
    expect(E.isRight(rulesE([noRep])('IE3F32', base))).toBe(true);
    const seq = sequenceT(IssuesValidation)(
      ruleE(needsUcr)('IE3F32', withRepNoUcr),
      ruleE(noRep)('IE3F32', withRepNoUcr),
    );
    expect(E.isLeft(seq) && seq.left.length).toBe(2);
  });
});
