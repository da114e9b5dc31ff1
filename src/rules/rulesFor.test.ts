import { describe, expect, it } from 'vitest';
import { sampleFilingInput } from '../builders/sampleFilingInput';
import { messageInfo, validate } from '../validate';
import { equals, forEach, matches, required, rule, when } from './combinators';
import { unknownPaths } from './paths';
import { createRuleSet } from './ruleSet';
import { rulesFor } from './rulesFor';
import type { Rule } from './types';

const HOUSES = 'consignmentMasterLevel.consignmentHouseLevel[*]';

describe('rule paths checked against the message', () => {
  it('a misspelt path in a rule bound to a message is a rule set problem naming the message and the path', () => {
    const bad = rule(
      'company-ucr',
      { summary: 'UCR on every house', messages: ['IE3F32'] },
      forEach('consignmentMasterLevel.consignmentHouseLevl[*]', required('referenceNumberUCR')),
    );
    const set = createRuleSet([bad]);
    expect(set.problems).toHaveLength(1);
    expect(set.problems[0]).toMatchObject({
      code: 'rule_path_unknown',
      severity: 'error',
      pointer: '/IE3F32',
      ref: 'company-ucr',
    });
    expect(set.problems[0]!.message).toBe(
      'Rule company-ucr: the path "consignmentMasterLevel.consignmentHouseLevl[*]" matches no element of IE3F32',
    );
  });

  it('validate fails with the problem, for the message the rule is bound to only', () => {
    const bad = rule('company-x', { summary: 'x', messages: ['IE3F32'] }, required('UCR'));
    const r = validate('IE3F32', sampleFilingInput('IE3F32'), { rules: { extra: [bad] } });
    expect(r.ok).toBe(false);
    expect(r.issues?.filter((i) => i.code === 'rule_path_unknown').map((i) => i.message)).toEqual([
      'Rule company-x: the path "UCR" matches no element of IE3F32',
    ]);
    const other = validate('IE3F12', sampleFilingInput('IE3F12'), { rules: { extra: [bad] } });
    expect(other.issues?.some((i) => i.code === 'rule_path_unknown') ?? false).toBe(false);
  });

  it('checks nested paths under forEach, when and predicates, joined from the root', () => {
    const meta = messageInfo('IE3F32');
    const check = forEach(
      HOUSES,
      when(
        equals('goodsItm[*].commodity.descriptionOfGoods', 'x'),
        required('referenceNumberUCRx'),
        matches('referenceNumberUCR.referenceNumberUCR', /./),
      ),
    );
    expect(unknownPaths(meta, check).sort()).toEqual(
      [`${HOUSES}.goodsItm[*].commodity.descriptionOfGoods`, `${HOUSES}.referenceNumberUCRx`].sort(),
    );
  });

  it('a correct rule has no problem and finds what it checks', () => {
    const f32 = rulesFor('IE3F32');
    const ucr = f32.rule(
      'company-ucr',
      { summary: 'UCR on every house' },
      f32.forEach(HOUSES, (house) => house.required('referenceNumberUCR')),
    );
    expect(ucr.messages).toEqual(['IE3F32']);
    expect(createRuleSet([ucr]).problems).toEqual([]);
    const input = sampleFilingInput('IE3F32');
    const houses = input.consignmentMasterLevel.consignmentHouseLevel;
    const r = validate(
      'IE3F32',
      {
        ...input,
        consignmentMasterLevel: {
          consignmentHouseLevel: houses.map(({ referenceNumberUCR: _u, ...h }) => h),
        },
      },
      {
        rules: { extra: [ucr] },
      },
    );
    expect(r.issues?.filter((i) => i.code === 'company-ucr').map((i) => i.pointer)).toEqual(
      houses.map(
        (_h, i) => `/IE3F32/consignmentMasterLevel/consignmentHouseLevel[${i + 1}]/referenceNumberUCR`,
      ),
    );
  });

  it('an unknown message id (from JavaScript) is a problem too; rules without messages are not checked', () => {
    const loose = {
      ...rule('r', { summary: 's' }, required('nothing')),
      messages: ['IE3X99'],
    } as unknown as Rule;
    expect(createRuleSet([loose]).problems.map((p) => p.code)).toEqual(['rule_message_unknown']);
    expect(createRuleSet([rule('r', { summary: 's' }, required('nothing'))]).problems).toEqual([]);
  });

  it('a path that exists in the message passes, also through [*] and plain array steps', () => {
    const meta = messageInfo('IE3F11');
    expect(unknownPaths(meta, forEach(HOUSES, required('goodsItem.commodity')))).toEqual([]);
    expect(unknownPaths(meta, forEach(HOUSES, required('goodsItm')))).toEqual([`${HOUSES}.goodsItm`]);
  });
});
