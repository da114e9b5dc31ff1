import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exemption } from './exemption';
import type { ExemptionInput } from './exemption';
import { WAIVERS } from './data';
import type { WaivedGoods } from './data';

describe('exemption: UCC Art. 127(2)(a)', () => {
  it('goods only passing through Union waters or airspace without a stop need no ENS', () => {
    const r = exemption({ passesThroughWithoutStop: true });
    expect(r.required).toBe(false);
    expect(r.reasons[0]).toMatchObject({ code: 'transit-without-stop', confidence: 'confirmed' });
    expect(r.reasons[0]?.citation.article).toBe('Art. 127(2)(a)');
    expect(exemption({ passesThroughWithoutStop: false }).required).toBe(true);
  });
});

describe('exemption: DA Art. 104(1) waivers', () => {
  const unconditional = (
    Object.values(WAIVERS) as { code: WaivedGoods; onlyWithoutContractOfCarriage: boolean }[]
  )
    .filter((w) => !w.onlyWithoutContractOfCarriage)
    .map((w) => w.code);
  const conditional = (
    Object.values(WAIVERS) as { code: WaivedGoods; onlyWithoutContractOfCarriage: boolean }[]
  )
    .filter((w) => w.onlyWithoutContractOfCarriage)
    .map((w) => w.code);

  it('the waiver list holds every item of the brief', () => {
    expect(Object.keys(WAIVERS).sort()).toEqual(
      [
        'electrical-energy',
        'pipeline',
        'items-of-correspondence',
        'household-effects',
        'oral-declaration',
        'declaration-by-conduct',
        'travellers-personal-baggage',
        'form-302',
        'military-goods-member-state',
        'offshore-installation',
        'diplomatic-consular-relief',
        'supplies-on-board',
        'ata-cpd-carnet',
      ].sort(),
    );
    expect(conditional.sort()).toEqual([
      'ata-cpd-carnet',
      'declaration-by-conduct',
      'household-effects',
      'oral-declaration',
    ]);
  });

  it.each(unconditional)('%s: no ENS, even under a contract of carriage', (code) => {
    const r = exemption({ goods: [code], underContractOfCarriage: true });
    expect(r.required).toBe(false);
    expect(r.reasons.map((x) => x.code)).toEqual([code]);
    expect(r.reasons[0]?.citation.act).toContain('2015/2446');
    expect(r.reasons[0]?.explanation).toContain('No ENS for');
  });

  it.each(conditional)('%s: no ENS only without a contract of carriage', (code) => {
    expect(exemption({ goods: [code], underContractOfCarriage: false }).required).toBe(false);
    const under = exemption({ goods: [code], underContractOfCarriage: true });
    expect(under.required).toBe(true);
    expect(under.notes[0]).toMatchObject({ code: 'contract-of-carriage' });
    const unknown = exemption({ goods: [code] });
    expect(unknown.required).toBe(true);
    expect(unknown.issues[0]).toMatchObject({
      code: 'missing',
      pointer: '/underContractOfCarriage',
      severity: 'warning',
    });
  });

  it('items after Art. 104(1)(k) say the text was not read, and carry unverified confidence', () => {
    const s = exemption({ goods: ['supplies-on-board'] });
    expect(s.reasons[0]?.citation.wording).toBe('not-read');
    expect(s.reasons[0]?.citation.confidence).toBe('unverified');
    expect(s.reasons[0]?.explanation).toContain('not read');
    expect(s.confidence).toBe('unverified');
    expect(s.caveats.join(' ')).toContain('NOT read');
  });

  it('the carnet waiver also rests on the EU-CH mirror (confirmed), so the answer is confirmed', () => {
    const r = exemption({ goods: ['ata-cpd-carnet'], underContractOfCarriage: false });
    expect(r.reasons[0]?.citation.wording).toBe('not-read');
    expect(r.reasons[0]?.citations.map((c) => c.act)).toEqual([
      expect.stringContaining('2015/2446'),
      expect.stringContaining('Switzerland'),
    ]);
    expect(r.reasons[0]?.confidence).toBe('confirmed');
  });

  it('diplomatic relief (Art. 104(1)(k)) is secondary: the EU text was cut off', () => {
    const r = exemption({ goods: ['diplomatic-consular-relief'] });
    expect(r.confidence).toBe('secondary');
    expect(r.reasons[0]?.citation.wording).toBe('partly-read');
  });

  it('several reasons: the best-founded confidence counts', () => {
    const r = exemption({ goods: ['supplies-on-board', 'pipeline'] });
    expect(r.reasons).toHaveLength(2);
    expect(r.confidence).toBe('confirmed');
  });
});

describe('exemption: the common security zone (place of DISPATCH, not origin)', () => {
  it('Chinese-origin goods dispatched from Switzerland need no ENS, and the answer says why origin does not matter', () => {
    const r = exemption({ placeOfDispatch: 'CH', countryOfOrigin: 'CN' });
    expect(r.required).toBe(false);
    expect(r.reasons[0]?.code).toBe('security-zone-switzerland');
    expect(r.reasons[0]?.explanation).toContain('Origin CN does not matter');
    expect(r.reasons[0]?.explanation).toContain('place of DISPATCH');
    // UCC Art. 127(2)(b) (confirmed) only enables the waiver; the agreement stating it is secondary.
    expect(r.reasons[0]?.confidence).toBe('secondary');
    expect(r.confidence).toBe('secondary');
    expect(r.reasons[0]?.citations.map((c) => c.article)).toContain('Art. 127(2)(b)');
  });

  it('Swiss-origin goods dispatched from China need an ENS, with a note on the difference', () => {
    const r = exemption({ placeOfDispatch: 'CN', countryOfOrigin: 'CH' });
    expect(r.required).toBe(true);
    expect(r.reasons).toEqual([]);
    expect(r.notes[0]?.code).toBe('origin-is-not-dispatch');
    expect(r.notes[0]?.explanation).toContain('need an ENS');
    expect(r.notes[0]?.explanation).toContain('originating in Switzerland and Norway');
  });

  it('Norway (EEA Protocol 10) and Liechtenstein (through Switzerland)', () => {
    const no = exemption({ placeOfDispatch: 'NO' });
    expect(no.reasons[0]?.code).toBe('security-zone-norway');
    expect(no.reasons[0]?.citation.article).toBe('Protocol 10, Art. 9b');
    const li = exemption({ placeOfDispatch: 'LI' });
    expect(li.reasons[0]?.code).toBe('security-zone-switzerland');
    expect(li.reasons[0]?.explanation).toContain('customs union with Switzerland');
  });

  it('Northern Ireland: inside the customs territory (secondary)', () => {
    const r = exemption({ placeOfDispatch: 'XI' });
    expect(r.required).toBe(false);
    expect(r.reasons[0]?.code).toBe('northern-ireland');
    expect(r.reasons[0]?.citation.confidence).toBe('secondary');
  });

  it('origin in the zone without a place of dispatch: not applied, with a warning', () => {
    const r = exemption({ countryOfOrigin: 'NO' });
    expect(r.required).toBe(true);
    expect(r.issues[0]).toMatchObject({ code: 'missing', pointer: '/placeOfDispatch' });
  });

  it('goods from elsewhere with no waiver need an ENS under UCC Art. 127(1)', () => {
    const r = exemption({ placeOfDispatch: 'US', countryOfOrigin: 'US' });
    expect(r).toMatchObject({ required: true, reasons: [], notes: [], confidence: 'confirmed', issues: [] });
    expect(r.basis.article).toBe('Art. 127(1)');
  });
});

describe('exemption: invalid input', () => {
  it('reports unknown goods codes, bad country codes and bad types, and never applies them', () => {
    const r = exemption({
      goods: ['gold' as WaivedGoods, 'pipeline'],
      placeOfDispatch: 'Switzerland',
      countryOfOrigin: 'cn',
      underContractOfCarriage: 'no' as unknown as boolean,
      passesThroughWithoutStop: 'yes' as unknown as boolean,
    });
    expect(r.issues.map((i) => [i.code, i.pointer])).toEqual([
      ['invalid_type', '/passesThroughWithoutStop'],
      ['invalid_type', '/underContractOfCarriage'],
      ['invalid_value', '/goods/0'],
      ['invalid_value', '/placeOfDispatch'],
      ['invalid_value', '/countryOfOrigin'],
    ]);
    expect(r.reasons.map((x) => x.code)).toEqual(['pipeline']);
    expect(exemption({ goods: 'pipeline' as unknown as WaivedGoods[] }).issues[0]?.code).toBe('invalid_type');
    expect(exemption(null as unknown as ExemptionInput).issues[0]?.code).toBe('invalid_type');
    expect(exemption({ goods: ['toString' as WaivedGoods] }).issues[0]?.code).toBe('invalid_value');
  });

  it('property: never throws; required is true exactly when no reason applies', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        const r = exemption(x as ExemptionInput);
        return r.required === (r.reasons.length === 0);
      }),
    );
    fc.assert(
      fc.property(
        fc.record(
          {
            passesThroughWithoutStop: fc.boolean(),
            goods: fc.array(fc.constantFrom(...(Object.keys(WAIVERS) as WaivedGoods[]))),
            underContractOfCarriage: fc.boolean(),
            placeOfDispatch: fc.constantFrom('CH', 'NO', 'LI', 'XI', 'CN', 'US'),
            countryOfOrigin: fc.constantFrom('CH', 'NO', 'CN', 'US'),
          },
          { requiredKeys: [] },
        ),
        (x) => {
          const r = exemption(x);
          const zone = ['CH', 'NO', 'LI', 'XI'].includes(x.placeOfDispatch ?? '');
          // The origin never decides: swapping it never changes `required`.
          const swapped = exemption({ ...x, countryOfOrigin: x.countryOfOrigin === 'CH' ? 'CN' : 'CH' });
          return r.required === swapped.required && (!zone || !r.required);
        },
      ),
    );
  });
});

describe('exemption on a date', () => {
  it('says whether ICS2 was live for postal by road before and after Release 3', () => {
    const before = exemption({ on: { mode: 'postal', means: 'road', role: 'postal-operator', date: '2024-06-01' } });
    const after = exemption({ on: { mode: 'postal', means: 'road', role: 'postal-operator', date: '2025-10-01' } });
    expect(before.ics2).toMatchObject({ live: false, release: null });
    expect(before.caveats.join(' ')).toContain('ICS1');
    expect(after.ics2).toMatchObject({ live: true, release: 'R3' });
    expect(exemption({ on: { mode: 'road', role: 'carrier', date: 'nope' } }).issues[0]?.pointer).toMatch(/^\/on/);
  });
});
