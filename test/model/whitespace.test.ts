/** White space: blank values are errors; values that xs:token collapse would change are warnings. */
import { describe, expect, it } from 'vitest';
import { messageInfo, validate } from '../../src/index';
import { maximalInstance } from '../support/instances';

describe('white space', () => {
  const base = () => maximalInstance(messageInfo('IE3F32'), 1) as Record<string, any>;

  it('warns on a value that is only white space where the XSD keeps white space (xs:string: it accepts it)', () => {
    const x = base();
    x.declarant.address.city = ' \t ';
    const r = validate('IE3F32', x, { rules: false });
    expect(r.ok).toBe(true);
    expect(r.issues).toContainEqual(
      expect.objectContaining({
        code: 'blank',
        severity: 'warning',
        pointer: '/IE3F32/declarant/address/city',
      }),
    );
  });

  it('warns where customs collapse white space (xs:token) and the value would change', () => {
    const x = base();
    const doc = x.consignmentMasterLevel.consignmentHouseLevel[0].transportDocumentHouseLevel;
    doc.type = 'N7 ';
    const r = validate('IE3F32', x, { rules: false });
    const w = r.issues?.find((i) => i.code === 'whitespace');
    expect(w).toMatchObject({
      severity: 'warning',
      ref: 'xs:token',
      path: ['consignmentMasterLevel', 'consignmentHouseLevel', 0, 'transportDocumentHouseLevel', 'type'],
    });
    expect(w?.message).toContain('"N7"');
  });

  it('keeps white space in xs:string elements such as names without a warning', () => {
    const x = base();
    x.declarant.name = 'ACME  Trading   Ltd';
    const r = validate('IE3F32', x, { rules: false });
    expect(r.ok).toBe(true);
    expect(
      r.issues?.some((i) => i.code === 'whitespace' && i.path.join('.') === 'declarant.name') ?? false,
    ).toBe(false);
  });
});
