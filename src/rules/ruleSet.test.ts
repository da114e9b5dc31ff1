import { describe, expect, it } from 'vitest';
import { IE3F32Meta } from '../generated/messages/IE3F32';
import { forEach, required, rule } from './combinators';
import { officialRules } from './official/index';
import { createRuleSet } from './ruleSet';

const ucr = rule(
  'company-ucr',
  { summary: 'No filing without a UCR' },
  forEach('consignmentMasterLevel.consignmentHouseLevel[*]', required('referenceNumberUCR')),
);
const data = { consignmentMasterLevel: { consignmentHouseLevel: [{}] } };

describe('createRuleSet', () => {
  it('adds, disables, downgrades and keeps only, immutably', () => {
    const base = createRuleSet(officialRules);
    expect(base.rules.length).toBe(69);
    const mine = base.add(ucr).disable('R3021').downgrade('company-ucr');
    expect(base.rules.length).toBe(69);
    expect(mine.get('R3021')).toBeUndefined();
    expect(mine.get('company-ucr')).toBe(ucr);
    expect(mine.downgraded.has('company-ucr')).toBe(true);
    expect(mine.only('company-ucr').rules.map((r) => r.id)).toEqual(['company-ucr']);
  });
  it('replaces a rule with the same id', () => {
    const other = rule('company-ucr', { summary: 'x' }, () => []);
    expect(createRuleSet([ucr]).add(other).get('company-ucr')).toBe(other);
  });
  it('runs rules, honouring downgrade and message filters', () => {
    const set = createRuleSet([ucr]);
    expect(set.run(IE3F32Meta, data).map((i) => i.severity)).toEqual(['error']);
    expect(
      set
        .downgrade('company-ucr')
        .run(IE3F32Meta, data)
        .map((i) => i.severity),
    ).toEqual(['warning']);
    const onlyF10 = rule('f10-only', { summary: 'x', messages: ['IE3F10'] }, required('nothing'));
    expect(createRuleSet([onlyF10]).run(IE3F32Meta, {})).toEqual([]);
  });
});
