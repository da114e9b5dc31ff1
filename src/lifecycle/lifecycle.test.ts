import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { messageInfo } from '../validate';
import type { MessageType } from '../generated/catalogue';
import { apply, newFiling, validity } from './apply';
import { amend, answerRfi, invalidate } from './actions';
import { correlate } from './correlate';
import { addToDossier, dossierReport, loadDossier, newDossier, replayDossier } from './dossier';
import type { Dossier } from './dossier';
import { canAmend, canInvalidate } from './guards';
import { nonAmendableElements } from './nonAmendable';
import { loadFiling, replayFiling } from './replay';
import { TRANSITIONS } from './transitions';
import { FILING_STATES } from './types';
import type { FilingState, LifecycleMessage } from './types';
import { at, filing, mrnMsg, n99, r01 } from './fixtures.test-helpers';

function run(log: LifecycleMessage[], start: FilingState = newFiling()): FilingState[] {
  const states: FilingState[] = [];
  let s = start;
  for (const m of log) {
    const r = apply(s, m);
    expect(r.issues.filter((i) => i.severity === 'error'), `${m.messageType}: ${r.happened}`).toEqual([]);
    s = r.state;
    states.push(s);
  }
  return states;
}

const MBL = 'MAEU240412001';
const sea = () => ({
  f12: filing('IE3F12', { LRN: 'NCL-F12-1' }, { master: MBL }),
  h1: filing('IE3F15', { LRN: 'HSP-F15-1' }, { master: MBL, house: 'HBL-1' }),
  h2: filing('IE3F15', { LRN: 'HSP-F15-2' }, { master: MBL, house: 'HBL-2' }),
});

describe('transition table', () => {
  it('every row has a source, an evidence level and known states', () => {
    for (const t of TRANSITIONS) {
      expect(t.source.length).toBeGreaterThan(3);
      expect(['confirmed', 'secondary', 'inference', 'open']).toContain(t.evidence);
      for (const s of t.from) expect(FILING_STATES).toContain(s);
      if (t.evidence !== 'confirmed') expect(t.note).toBeDefined();
    }
  });
});

describe('replayed message logs', () => {
  it('sea F12 + two F15 houses: registration, RFI answered by amendment, IE3N03, arrival', () => {
    const { f12, h1, h2 } = sea();
    let d = newDossier('SEA-1', { mode: 'sea', arrangement: 'multiple', document: 'master-with-houses', houses: ['HBL-1', 'HBL-2'] });
    const add = (m: LifecycleMessage) => {
      const r = addToDossier(d, m);
      expect(r.issues.filter((i) => i.severity === 'error'), r.happened.join('|')).toEqual([]);
      d = r.dossier;
      return r;
    };
    add(f12);
    add(h1);
    add(h2);
    expect(Object.values(d.filings).map((f) => f.status)).toEqual(['lodged', 'lodged', 'lodged']);
    add(r01('NCL-F12-1', '24DE00000000000M01', 'F12'));
    add(r01('HSP-F15-1', '24DE00000000000H01', 'F15'));
    add(r01('HSP-F15-2', '24DE00000000000H02', 'F15'));
    expect(d.filings['HSP-F15-1']?.status).toBe('registered');
    expect(d.filings['HSP-F15-1']?.validUntil).toBe('2024-10-29T10:00:00Z');
    // RFI on house 1, to be answered by amendment
    const q02 = mrnMsg('IE3Q02', '24DE00000000000H01', {
      documentIssueDate: at('12T11:00:00'),
      responsibleMemberState: { country: 'DE' },
      declarant: { identificationNumber: 'DE123456789012345' },
      referralRequestDetails: [{ referralRequestReference: 'RFI-1', requestType: 'AMD' }],
    });
    expect(add(q02).applied).toEqual(['HSP-F15-1']);
    expect(d.filings['HSP-F15-1']?.flags.referrals).toMatchObject([{ reference: 'RFI-1', status: 'open' }]);
    const h1State = d.filings['HSP-F15-1'] as FilingState;
    const a = amend(h1State, { consignmentMasterLevel: { consignmentHouseLevel: { goodsItem: [{ commodity: { descriptionOfGoods: 'Knitted cotton T-shirts for men' } }] } } }, { issuedAt: at('12T12:00:00'), referral: 'RFI-1' });
    expect(a.ok, JSON.stringify(!a.ok && a.issues)).toBe(true);
    if (!a.ok) return;
    expect(a.value.messageType).toBe('IE3A15');
    const hasRef = (messageInfo('IE3A15').root.children ?? []).some((c) => c.name === 'referralRequestReference');
    add({ ...a.value, messageId: 'amd-1' });
    expect(d.filings['HSP-F15-1']?.status).toBe('amendment-pending');
    expect(d.filings['HSP-F15-1']?.flags.referrals[0]?.status).toBe(hasRef ? 'answered' : 'open');
    add(mrnMsg('IE3N10', '24DE00000000000H01', { completionDate: at('12T12:05:00'), declarant: { identificationNumber: 'DE123456789012345' } }));
    expect(d.filings['HSP-F15-1']?.status).toBe('registered');
    expect(JSON.stringify(d.filings['HSP-F15-1']?.dataset)).toContain('Knitted cotton T-shirts for men');
    for (const m of ['24DE00000000000M01', '24DE00000000000H01', '24DE00000000000H02'])
      add(mrnMsg('IE3N03', m, { completionDate: at('12T13:00:00'), responsibleMemberState: { country: 'DE' } }));
    expect(Object.values(d.filings).every((f) => f.flags.assessmentComplete.some((p) => p.kind === 'whole'))).toBe(true);
    // the carrier notifies the arrival naming the three MRNs; IE3R04 registers it
    add({ messageType: 'IE3N06', value: { LRN: 'ARR-1', documentIssueDate: at('20T06:00:00'), relatedMRN: [{ identification: '24DE00000000000M01' }, { identification: '24DE00000000000H01' }, { identification: '24DE00000000000H02' }] } });
    const r04 = add({ messageType: 'IE3R04', value: { LRN: 'ARR-1', MRN: '24DE00000000000A01', registrationDate: at('20T06:05:00'), customsOfficeOfFirstEntry: { referenceNumber: 'DE004851' } } });
    expect(r04.applied, JSON.stringify([r04.happened, r04.issues, r04.correlation])).toHaveLength(3);
    expect(Object.values(d.filings).map((f) => f.status)).toEqual(['arrived', 'arrived', 'arrived']);
    expect(validity(d.filings['NCL-F12-1'] as FilingState, '2025-01-01T00:00:00Z')).toMatchObject({ expired: false, stopped: true });
    const rep = dossierReport(d);
    expect(rep.status).toBe('complete');
    expect(rep.missing).toEqual([]);
    // replay gives the same dossier; stored JSON loads back
    expect(replayDossier(d.id, d.shipment, d.log)).toEqual(d);
    const loaded = loadDossier(JSON.parse(JSON.stringify(d)));
    expect(loaded.ok).toBe(true);
    const tampered = JSON.parse(JSON.stringify(d)) as Dossier;
    (tampered.filings['NCL-F12-1'] as FilingState).status = 'rejected';
    expect(loadDossier(tampered)).toMatchObject({ ok: false, issues: [{ code: 'replay_mismatch' }] });
  });

  it('air F23 + F25 PLACI with a Do-Not-Load on one house', () => {
    const f23a = filing('IE3F23', { LRN: 'FWD-F23-1' }, { house: 'HAWB-1' });
    const f23b = filing('IE3F23', { LRN: 'FWD-F23-2' }, { house: 'HAWB-2' });
    const f25 = filing('IE3F25', { LRN: 'AIR-F25-1' }, { master: '176-12345675' });
    let d = newDossier('AIR-1', { mode: 'air', arrangement: 'multiple', document: 'master-with-houses', roles: ['carrier', 'house-filer'] });
    for (const m of [f23a, f23b, f25, r01('FWD-F23-1', '24DE0000000000PL01', 'F23'), r01('FWD-F23-2', '24DE0000000000PL02', 'F23')]) d = addToDossier(d, m).dossier;
    const q01 = mrnMsg('IE3Q01', '24DE0000000000PL02', {
      documentIssueDate: at('12T11:00:00'),
      responsibleMemberState: { country: 'DE' },
      doNotLoadDetails: { transportDocument: { documentNumber: 'HAWB-2', type: 'N703' } },
    });
    const r = addToDossier(d, q01);
    d = r.dossier;
    expect(r.applied).toEqual(['FWD-F23-2']);
    expect(d.filings['FWD-F23-2']?.flags.doNotLoad).toEqual([{ kind: 'house', id: 'HAWB-2' }]);
    expect(d.filings['FWD-F23-1']?.flags.doNotLoad).toEqual([]);
    d = addToDossier(d, mrnMsg('IE3N03', '24DE0000000000PL01', { completionDate: at('12T11:00:00'), responsibleMemberState: { country: 'DE' }, assessmentComplete: { transportDocument: [{ documentNumber: 'HAWB-1', type: 'N703' }] } })).dossier;
    expect(d.filings['FWD-F23-1']?.flags.assessmentComplete).toEqual([{ kind: 'house', id: 'HAWB-1' }]);
    // DNL is sticky: a later assessment does not lift it
    d = addToDossier(d, mrnMsg('IE3N03', '24DE0000000000PL02', { completionDate: at('12T12:00:00'), responsibleMemberState: { country: 'DE' } })).dossier;
    expect(d.filings['FWD-F23-2']?.flags.doNotLoad).toHaveLength(1);
    expect(d.filings['AIR-F25-1']?.status).toBe('lodged');
    expect(canAmend(d.filings['AIR-F25-1'] as FilingState)).toMatchObject({ ok: false, code: 'no_amendment_message' });
    expect(replayDossier(d.id, d.shipment, d.log)).toEqual(d);
  });

  it('F32 express rejected by IE3N99, corrected, registered', () => {
    const bad = filing('IE3F32', { LRN: 'RXL-1' });
    const [lodged, rejected] = run([{ ...bad, messageId: 'm-1' }, { ...n99(), refToMessageId: 'm-1' }]);
    expect(lodged?.status).toBe('lodged');
    expect(rejected?.status).toBe('rejected');
    expect(rejected?.history.at(-1)?.text).toContain('12 /IE3F32/consignmentMasterLevel');
    // a rejected filing takes nothing more
    const late = apply(rejected as FilingState, r01('RXL-1', '24DE0000000000EX01', 'F32'));
    expect(late.changed).toBe(false);
    expect(late.issues[0]?.code).toBe('out_of_order');
    expect(late.state).toBe(rejected);
    const good = filing('IE3F32', { LRN: 'RXL-2' });
    const states = run([good, r01('RXL-2', '24DE0000000000EX02', 'F32')]);
    expect(states.map((s) => s.status)).toEqual(['lodged', 'registered']);
    expect(replayFiling((states[1] as FilingState).log).state).toEqual(states[1]);
  });

  it('an invalidation: IE3Q04 built, IE3R07 final; refused before registration and after control', () => {
    const f = filing('IE3F30', { LRN: 'EXP-30-1' });
    const [lodged, registered] = run([f, r01('EXP-30-1', '24DE0000000000EX30', 'F30')]);
    expect(canInvalidate(lodged as FilingState)).toMatchObject({ ok: false, code: 'not_registered' });
    expect(invalidate(lodged as FilingState).ok).toBe(false);
    const q04 = invalidate(registered as FilingState, { issuedAt: at('13T08:00:00') });
    expect(q04.ok, JSON.stringify(!q04.ok && q04.issues)).toBe(true);
    if (!q04.ok) return;
    expect(q04.value).toMatchObject({ messageType: 'IE3Q04', value: { MRN: '24DE0000000000EX30', documentIssueDate: '2024-04-13T08:00:00Z' } });
    const [pending, done] = run([q04.value, mrnMsg('IE3R07', '24DE0000000000EX30', { completionDate: at('13T08:10:00'), declarant: { identificationNumber: 'DE123456789012345' } })], registered);
    expect(pending?.status).toBe('invalidation-pending');
    expect(done?.status).toBe('invalidated');
    expect(canAmend(done as FilingState).ok).toBe(false);
    // a rejected invalidation resumes the previous state
    const [, back] = run([q04.value, { ...n99(), messageType: 'IE3N01', value: { MRN: '24DE0000000000EX30', notificationDate: at('13T09:00:00'), declarant: { identificationNumber: 'X' }, error: [{ validationCode: '92', description: 'x', pointer: { messageElementPath: '/IE3Q04' } }] } }], registered);
    expect(back?.status).toBe('registered');
    // control blocks amendment and invalidation
    const [controlled] = run([mrnMsg('IE3N08', '24DE0000000000EX30', { notificationDate: at('14T08:00:00'), customsOfficeOfControl: { referenceNumber: 'DE004851' }, control: [] })], registered);
    expect(controlled?.status).toBe('control-notified');
    expect(canInvalidate(controlled as FilingState)).toMatchObject({ ok: false, code: 'control_notified' });
    expect(apply(controlled as FilingState, q04.value).issues[0]?.code).toBe('out_of_order');
  });

  it('illegal and out-of-order messages: issue, state unchanged', () => {
    const f = filing('IE3F32', { LRN: 'RXL-9' });
    const [lodged] = run([f]);
    const amd = { messageType: 'IE3A32', value: { MRN: '24DE0000000000EX09' } };
    const early = apply(lodged as FilingState, amd);
    expect(early).toMatchObject({ changed: false, issues: [{ code: 'out_of_order' }] });
    expect(early.issues[0]?.message).toContain('before registration');
    const [reg] = run([r01('RXL-9', '24DE0000000000EX09', 'F32')], lodged);
    const twice = apply(reg as FilingState, r01('RXL-9', '24DE0000000000EX09', 'F32'));
    expect(twice.issues[0]?.message).toContain('second IE3R01');
    expect(twice.state).toBe(reg);
    expect(apply(reg as FilingState, mrnMsg('IE3N03', 'OTHERMRN')).issues[0]?.code).toBe('not_this_filing');
    expect(apply(reg as FilingState, { messageType: 'IE3A30', value: { MRN: '24DE0000000000EX09' } }).issues[0]?.code).toBe('wrong_amendment_type');
    expect(apply(reg as FilingState, { messageType: 'IE3R02', value: { MRN: '24DE0000000000EX09' } }).issues[0]?.code).toBe('no_open_referral');
    expect(answerRfi(reg as FilingState).ok).toBe(false);
  });
});

describe('property tests', () => {
  const MRN = '24DE0000000000PR01';
  const pool: LifecycleMessage[] = [
    filing('IE3F32', { LRN: 'P-1' }),
    r01('P-1', MRN, 'F32'),
    n99(),
    { messageType: 'IE3N01', value: { MRN, notificationDate: at('12T10:00:00'), declarant: { identificationNumber: 'X' }, error: [] } },
    { messageType: 'IE3A32', value: { MRN } },
    mrnMsg('IE3N10', MRN),
    mrnMsg('IE3Q04', MRN),
    mrnMsg('IE3R07', MRN),
    mrnMsg('IE3N03', MRN),
    mrnMsg('IE3Q01', MRN, { doNotLoadDetails: { receptacle: [{ receptacleIdentificationNumber: 'R1' }] } }),
    mrnMsg('IE3Q02', MRN, { referralRequestDetails: [{ referralRequestReference: 'A', requestType: 'RFI' }] }),
    mrnMsg('IE3R02', MRN),
    mrnMsg('IE3N02', MRN, { supplementaryDeclarant: [{ identificationNumber: 'DE1' }] }),
    { messageType: 'IE3N06', value: { LRN: 'ARR', relatedMRN: [{ identification: MRN }] } },
    { messageType: 'IE3R04', value: { LRN: 'ARR', MRN: 'ARRMRN' } },
    mrnMsg('IE3N07', MRN),
    mrnMsg('IE3N08', MRN),
    { messageType: 'IE3N11', value: {} },
    { messageType: 'NOPE', value: 1 },
    { value: null },
  ];
  const arbMsg = fc.oneof(fc.constantFrom(...pool), fc.anything().map((value) => ({ messageType: 'IE3N03', value }) as LifecycleMessage));
  it('apply never throws, the state is always a defined one, replay is deterministic', () => {
    fc.assert(
      fc.property(fc.array(arbMsg, { maxLength: 25 }), (log) => {
        let s = newFiling();
        for (const m of log) {
          const r = apply(s, m);
          if (!r.changed) expect(r.state).toBe(s);
          s = r.state;
          expect(FILING_STATES).toContain(s.status);
        }
        const again = replayFiling(s.log);
        expect(again.state).toEqual(s);
        expect(JSON.parse(JSON.stringify(s))).toEqual(s);
      }),
      { numRuns: 150 },
    );
  });
});

describe('amend refuses non-amendable elements (read from the R3024 metadata)', () => {
  const types: MessageType[] = ['IE3F13', 'IE3F21', 'IE3F23', 'IE3F30', 'IE3F32', 'IE3F44', 'IE3F50'];
  for (const t of types) {
    it(`${t}: each R3024 element of its IE3A twin`, () => {
      const code = t.slice(4);
      const elements = nonAmendableElements(`IE3A${code}`);
      expect(elements.length).toBeGreaterThan(0);
      const f = filing(t, { LRN: `NA-${code}` });
      const [, reg] = run([f, r01(`NA-${code}`, '24DE12345678901TA0', `F${code}`)]);
      let refusedAny = 0;
      for (const e of elements) {
        if (e.path[0] === 'SpecificCircumstanceIndicator') continue;
        // change the element's value wherever the dataset has it (a leaf: a new string; a group: removed)
        const change = buildChange(reg?.dataset, e.path);
        if (change === undefined) continue;
        const r = amend(reg as FilingState, change, { issuedAt: at('13T08:00:00') });
        expect(r.ok, `${e.path.join('/')}`).toBe(false);
        if (!r.ok) {
          expect(r.issues.some((i) => i.code === 'non_amendable' && i.ref === 'R3024'), JSON.stringify(r.issues)).toBe(true);
          expect(r.issues[0]?.message).toContain('invalidate');
        }
        refusedAny++;
      }
      expect(refusedAny).toBeGreaterThan(0);
      // an amendable change goes through
      const ok = amend(reg as FilingState, {}, { issuedAt: at('13T08:00:00') });
      expect((ok.ok ? ok.issues ?? [] : ok.issues).filter((i) => i.code === 'non_amendable')).toEqual([]);
    });
  }
});

/** A change object that alters the value at `path` (names; arrays: the first element) of `dataset`, or undefined when the dataset lacks it. */
function buildChange(dataset: unknown, path: string[]): Record<string, unknown> | undefined {
  const walk = (v: unknown, i: number): unknown => {
    const k = path[i] as string;
    const x = Array.isArray(v) ? v[0] : v;
    if (x === null || typeof x !== 'object') return undefined;
    const child = (x as Record<string, unknown>)[k];
    if (child === undefined) return undefined;
    let inner: unknown;
    if (i === path.length - 1) inner = typeof child === 'string' ? `${child}9` : null;
    else {
      inner = walk(child, i + 1);
      if (inner === undefined) return undefined;
    }
    const obj = { [k]: inner };
    return Array.isArray(v) ? [obj] : obj;
  };
  return walk(dataset, 0) as Record<string, unknown> | undefined;
}

describe('correlation', () => {
  it('by MRN, LRN, refToMessageId; says why none or several', () => {
    const { f12, h1, h2 } = sea();
    let d = newDossier('S', { mode: 'sea', arrangement: 'multiple', document: 'master-with-houses' });
    for (const m of [{ ...f12, messageId: 'as4-f12' }, h1, h2, r01('NCL-F12-1', 'M1', 'F12')]) d = addToDossier(d, m).dossier;
    expect(correlate(mrnMsg('IE3N03', 'M1'), d.filings)).toMatchObject({ matches: ['NCL-F12-1'], by: 'MRN' });
    expect(correlate(r01('HSP-F15-2', 'H2', 'F15'), d.filings)).toMatchObject({ matches: ['HSP-F15-2'], by: 'LRN' });
    expect(correlate({ ...n99(), refToMessageId: 'as4-f12' }, d.filings)).toMatchObject({ matches: ['NCL-F12-1'], by: 'refToMessageId' });
    expect(correlate(n99(), d.filings).reason).toContain('refToMessageId');
    expect(correlate(mrnMsg('IE3N03', 'NOPE'), d.filings)).toMatchObject({ matches: [], reason: expect.stringContaining('MRN NOPE') });
    const n11 = { messageType: 'IE3N11', value: { notificationDate: at('12T10:00:00'), transportDocument: { documentNumber: MBL, type: 'N705' }, customsOfficeOfFirstEntry: { referenceNumber: 'DE004851' }, supplementaryDeclarant: { identificationNumber: 'DE9' } } };
    const c = correlate(n11, d.filings);
    expect(c.matches).toHaveLength(3);
    expect(c.reason).toContain('3 filings');
    const up = addToDossier(d, n11);
    expect(up.dossier.notices[0]).toMatchObject({ messageType: 'IE3N11', masterDocument: MBL, parties: ['DE9'] });
  });
});

describe('dossier completeness', () => {
  it('sea: a missing F15 house filing with its deadline; disagreeing carrier', () => {
    const { f12, h1 } = sea();
    const other = filing('IE3F15', { LRN: 'HSP-F15-X' }, { master: 'OTHERMBL', house: 'HBL-3' });
    let d = newDossier('S', { mode: 'sea', arrangement: 'multiple', document: 'master-with-houses', roles: ['carrier', 'house-filer', 'consignee'], houses: ['HBL-1', 'HBL-2'], deadlineFacts: { cargo: 'containerised', loading: '2024-04-14T06:00:00Z', shortSea: false } });
    for (const m of [f12, h1, other]) d = addToDossier(d, m).dossier;
    const r = dossierReport(d);
    expect(r.status).toBe('incomplete');
    expect(r.missing).toHaveLength(1);
    expect(r.missing[0]).toMatchObject({ role: 'house-filer', codes: ['F15', 'F14'], houses: ['HBL-2'] });
    expect(r.missing[0]?.deadline).toMatchObject({ rule: 'sea-containerised', deadline: '2024-04-13T06:00:00Z' });
    expect(r.disagreements.map((x) => x.field)).toEqual(expect.arrayContaining(['masterDocument', 'linking']));
  });

  it('air: PLACI present, F21 and F22 missing with deadlines from the flight', () => {
    let d = newDossier('A', { mode: 'air', arrangement: 'multiple', document: 'master-with-houses', roles: ['carrier', 'house-filer'], deadlineFacts: { departure: '2024-04-13T16:00:00Z', arrival: '2024-04-14T03:00:00Z' } });
    d = addToDossier(d, filing('IE3F24', { LRN: 'PL-1' }, { house: 'HAWB-1' })).dossier;
    const r = dossierReport(d);
    expect(r.missing.map((m) => `${m.role}:${m.codes.join('/')}`)).toEqual(['carrier:F21', 'house-filer:F22']);
    expect(r.missing[0]?.deadline).toMatchObject({ rule: 'air-remaining-long-flight', deadline: '2024-04-13T23:00:00Z' });
    expect(r.missing[1]?.houses).toEqual(['HAWB-1']);
  });

  it('express: F32 PLACI present, F30 missing; no facts means the deadline says what it needs', () => {
    let d = newDossier('E', { mode: 'express', carriage: 'air', arrangement: 'single', document: 'master-with-houses', roles: ['express-operator'] });
    d = addToDossier(d, filing('IE3F32', { LRN: 'X-1' })).dossier;
    const r = dossierReport(d);
    expect(r.missing).toHaveLength(1);
    expect(r.missing[0]?.codes).toContain('F30');
    expect(r.missing[0]?.deadline).toBeUndefined();
    expect(r.missing[0]?.deadlineIssues?.[0]?.code).toBe('missing');
    const withFacts = dossierReport({ ...d, shipment: { ...d.shipment, deadlineFacts: { departure: '2024-04-13T10:00:00Z', arrival: '2024-04-13T12:30:00Z' } } });
    expect(withFacts.missing[0]?.deadline).toMatchObject({ rule: 'air-complete-short-flight', deadline: '2024-04-13T10:00:00Z' });
  });
});

describe('stored filings', () => {
  it('loadFiling refuses a wrong version and a tampered state', () => {
    const [s] = run([filing('IE3F32', { LRN: 'L-9' })]);
    expect(loadFiling(JSON.parse(JSON.stringify(s)))).toMatchObject({ ok: true });
    expect(loadFiling({ ...s, version: 2 })).toMatchObject({ ok: false, issues: [{ code: 'unsupported_version' }] });
    expect(loadFiling({ ...s, lrn: 'X' })).toMatchObject({ ok: false, issues: [{ code: 'replay_mismatch' }] });
    expect(validity(newFiling(), new Date()).expired).toBe(false);
  });
});

describe('docs/lifecycle.md', () => {
  it('lists every transition with its source and evidence level', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync(new URL('../../docs/lifecycle.md', import.meta.url), 'utf8');
    expect(doc).toContain('```mermaid');
    for (const t of TRANSITIONS) {
      const line = doc.split('\n').find((l) => l.startsWith(`| \`${t.id}\` |`));
      expect(line, t.id).toBeDefined();
      expect(line).toContain(t.source);
      expect(line).toContain(`| ${t.evidence}`);
    }
  });
});
