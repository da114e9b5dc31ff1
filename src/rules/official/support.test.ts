import { describe, expect, it } from 'vitest';
import { codeLists } from '../../generated/codelists';
import { IE3F32Meta } from '../../generated/messages/IE3F32';
import { CL717_CODES, CL733_CODES, ruleTexts } from '../../generated/ruleData';
import { ruleCatalogue } from '../../generated/rules';
import {
  additionalCodes,
  arr,
  BULK_PACKAGING,
  EU_MEMBER_STATES,
  modeOf,
  official,
  placeCountry,
  placeFor,
  POSTCODE_OPTIONAL,
  rec,
  str,
} from './support';

describe('official rule support', () => {
  it('reads values defensively', () => {
    expect(rec([1])).toBeUndefined();
    expect(str('')).toBeUndefined();
    expect(arr('x')).toEqual([]);
    expect(modeOf({ ModeOfTransport: '4' })).toBe('4');
    expect(modeOf({ modeOfTransport: '8' })).toBe('8');
  });
  it('knows the EU Member States, postcode-free countries and bulk packaging', () => {
    expect(EU_MEMBER_STATES.size).toBe(28); // 27 + XI
    expect(EU_MEMBER_STATES.has('CH')).toBe(false);
    expect(POSTCODE_OPTIONAL.has('DE')).toBe(false);
    expect(BULK_PACKAGING.has('CT')).toBe(false);
  });
  it('finds the country and the place of the nearest level', () => {
    expect(placeCountry({ UNLOCODE: 'DEHAM', address: { country: 'FR' } })).toBe('DE');
    expect(placeCountry({ address: { country: 'CN' } })).toBe('CN');
    expect(placeCountry(undefined)).toBeUndefined();
    const data = {
      consignmentMasterLevel: { placeOfDelivery: 'M', consignmentHouseLevel: [{ placeOfDelivery: 'H' }, {}] },
    };
    const ctx = { meta: IE3F32Meta, data };
    expect(
      placeFor(ctx, ['consignmentMasterLevel', 'consignmentHouseLevel', 0, 'x'], 'placeOfDelivery'),
    ).toBe('H');
    expect(
      placeFor(ctx, ['consignmentMasterLevel', 'consignmentHouseLevel', 1, 'x'], 'placeOfDelivery'),
    ).toBe('M');
    expect(placeFor(ctx, ['activeBorderTransportMeans'], 'placeOfDelivery')).toBe('M');
    expect(additionalCodes({ additionalInformation: [{ code: '10600' }, { text: 'x' }] })).toEqual(['10600']);
  });
  it('refuses ids outside the catalogue', () => {
    expect(() => official('R9999', {}, () => [])).toThrow(/not in the rule catalogue/);
  });
});

describe('the rules data module (what a one-message bundle carries instead of codelists.ts and rules.ts)', () => {
  it('holds the codes of CL717 and CL733 as the code lists give them', () => {
    expect(CL717_CODES).toEqual(codeLists.CL717!.values.map((v) => v.code));
    expect(CL733_CODES).toEqual(codeLists.CL733!.values.map((v) => v.code));
    expect(EU_MEMBER_STATES).toEqual(new Set(codeLists.CL717!.values.map((v) => v.code).filter((c) => c !== 'CH' && c !== 'NO')));
    expect(POSTCODE_OPTIONAL).toEqual(new Set(codeLists.CL733!.values.map((v) => v.code)));
  });
  it('holds the kind and summary of every catalogue entry, and nothing else', () => {
    expect(Object.keys(ruleTexts).sort()).toEqual(Object.keys(ruleCatalogue).sort());
    for (const [id, e] of Object.entries(ruleCatalogue)) expect(ruleTexts[id], id).toEqual({ kind: e.kind, summary: e.summary });
  });
});
