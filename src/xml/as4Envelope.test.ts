import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ICS2_AS4, as4Envelope, pullMpc } from './as4Envelope';
import type { As4EnvelopeOptions } from './as4Envelope';
import { MESSAGE_DIRECTIONS } from './messageDirections';

const EORI = 'DE123456789012345';

function codes(r: { ok: boolean; issues?: { code: string }[] }): string[] {
  return (r.issues ?? []).map((i) => i.code);
}

describe('ICS2_AS4', () => {
  it('holds the ICD v3.30 section 4 values', () => {
    expect(ICS2_AS4.serviceType).toBe('eu-customs-service-type');
    expect(ICS2_AS4.services).toEqual({ t2c: 'eu_ics2_t2c', c2t: 'eu_ics2_c2t' });
    expect(ICS2_AS4.agreementType).toBe('ics2-interface-version');
    expect(ICS2_AS4.agreements).toEqual({ 1: 'EU-ICS2-TI-V1.0', 2: 'EU-ICS2-TI-V2.0', 3: 'EU-ICS2-TI-V2.0' });
    expect(ICS2_AS4.traderPartyIdType).toBe(
      'urn:oasis:names:tc:ebcore:partyid-type:unregistered:eu-customs:EORI',
    );
    expect(ICS2_AS4.customsPartyIdType).toBe(
      'urn:oasis:names:tc:ebcore:partyid-type:unregistered:eu-customs:auth',
    );
    expect(ICS2_AS4.customsPartyId).toBe('sti-taxud');
    expect([ICS2_AS4.traderRole, ICS2_AS4.customsRole]).toEqual(['Trader', 'Customs']);
  });
});

describe('pullMpc', () => {
  it('builds the trader’s pull MPC', () => {
    expect(pullMpc(EORI)).toEqual({ ok: true, value: `urn:fdc:ec.europa.eu:2019:eu_ics2_c2t/EORI/${EORI}` });
  });

  it('refuses a badly shaped EORI', () => {
    const r = pullMpc('de123');
    expect(codes(r)).toEqual(['bad_eori']);
    expect(r.ok ? undefined : r.issues[0]).toMatchObject({
      severity: 'error',
      path: [],
      pointer: '',
      ref: 'an..17',
    });
  });
});

describe('as4Envelope', () => {
  it('builds a trader-to-customs envelope for a filing', () => {
    const r = as4Envelope('IE3F32', {
      eori: EORI,
      conversationId: 'LRN-2024-0001',
      messageId: '0b7c5c1e-8d7a-4d3e-9f55-2a1f3b0c6d11@trader.example',
    });
    expect(r).toEqual({
      ok: true,
      value: {
        messageType: 'IE3F32',
        direction: 't2c',
        messageInfo: { messageId: '0b7c5c1e-8d7a-4d3e-9f55-2a1f3b0c6d11@trader.example' },
        partyInfo: {
          from: {
            partyId: EORI,
            partyIdType: 'urn:oasis:names:tc:ebcore:partyid-type:unregistered:eu-customs:EORI',
            role: 'Trader',
          },
          to: {
            partyId: 'sti-taxud',
            partyIdType: 'urn:oasis:names:tc:ebcore:partyid-type:unregistered:eu-customs:auth',
            role: 'Customs',
          },
        },
        collaborationInfo: {
          agreementRef: { value: 'EU-ICS2-TI-V2.0', type: 'ics2-interface-version' },
          service: { value: 'eu_ics2_t2c', type: 'eu-customs-service-type' },
          action: 'IE3F32',
          conversationId: 'LRN-2024-0001',
        },
        payload: {
          partId: 'ics2-payload',
          href: 'cid:ics2-payload',
          properties: {
            MimeType: 'application/xml',
            CompressionType: 'application/gzip',
            CharacterSet: 'utf-8',
          },
        },
      },
    });
    expect(r.ok && 'mpc' in r.value).toBe(false);
  });

  it('swaps the parties, uses eu_ics2_c2t and the pull MPC for a customs-to-trader message', () => {
    const r = as4Envelope('IE3R01', { eori: EORI, refToMessageId: 'sent-1@trader.example' });
    if (!r.ok) throw new Error('expected ok');
    expect(r.value.direction).toBe('c2t');
    expect(r.value.mpc).toBe(`urn:fdc:ec.europa.eu:2019:eu_ics2_c2t/EORI/${EORI}`);
    expect(r.value.partyInfo.from).toEqual({
      partyId: 'sti-taxud',
      partyIdType: ICS2_AS4.customsPartyIdType,
      role: 'Customs',
    });
    expect(r.value.partyInfo.to).toEqual({
      partyId: EORI,
      partyIdType: ICS2_AS4.traderPartyIdType,
      role: 'Trader',
    });
    expect(r.value.collaborationInfo.service.value).toBe('eu_ics2_c2t');
    expect(r.value.collaborationInfo.action).toBe('IE3R01');
    expect(r.value.messageInfo).toEqual({ refToMessageId: 'sent-1@trader.example' });
  });

  it('picks service and party order from the direction of every one of the 84 messages', () => {
    for (const [id, direction] of Object.entries(MESSAGE_DIRECTIONS)) {
      const r = as4Envelope(id, { eori: EORI });
      if (!r.ok) throw new Error(`expected ok for ${id}`);
      expect(r.value.collaborationInfo.action).toBe(id);
      expect(r.value.collaborationInfo.service.value).toBe(`eu_ics2_${direction}`);
      const trader = direction === 't2c' ? r.value.partyInfo.from : r.value.partyInfo.to;
      expect(trader.partyId).toBe(EORI);
    }
  });

  it('uses agreement EU-ICS2-TI-V1.0 for release 1 and V2.0 for releases 2 and 3', () => {
    const agreement = (release?: 1 | 2 | 3): string | undefined => {
      const r = as4Envelope('IE3F43', release === undefined ? { eori: EORI } : { eori: EORI, release });
      return r.ok ? r.value.collaborationInfo.agreementRef.value : undefined;
    };
    expect(agreement(1)).toBe('EU-ICS2-TI-V1.0');
    expect(agreement(2)).toBe('EU-ICS2-TI-V2.0');
    expect(agreement(3)).toBe('EU-ICS2-TI-V2.0');
    expect(agreement()).toBe('EU-ICS2-TI-V2.0');
  });

  it('takes a custom part id and a timestamp (Date or UTC string)', () => {
    const r = as4Envelope('IE3F10', {
      eori: EORI,
      partId: 'part-1@x',
      timestamp: new Date(Date.UTC(2025, 0, 2, 3, 4, 5)),
    });
    if (!r.ok) throw new Error('expected ok');
    expect(r.value.payload.partId).toBe('part-1@x');
    expect(r.value.payload.href).toBe('cid:part-1@x');
    expect(r.value.messageInfo.timestamp).toBe('2025-01-02T03:04:05.000Z');
    const s = as4Envelope('IE3F10', { eori: EORI, timestamp: '2025-01-02T03:04:05Z' });
    expect(s.ok && s.value.messageInfo.timestamp).toBe('2025-01-02T03:04:05Z');
  });

  it('refuses an unknown message type', () => {
    for (const t of ['IE3F52', 'IE3A25', 'ie3f32', 'toString', '__proto__', '']) {
      const r = as4Envelope(t, { eori: EORI });
      expect(codes(r)).toEqual(['unknown_message_type']);
      expect(r.ok ? undefined : r.issues[0]?.path).toEqual(['messageType']);
    }
  });

  it.each(['', 'D', 'DE', 'de123456', '1E123', 'DE1234567890123456', 'DE 123', 'DE-123', 'DÉ123'])(
    'refuses the EORI %j',
    (eori) => {
      const r = as4Envelope('IE3F32', { eori });
      expect(codes(r)).toEqual(['bad_eori']);
      expect(r.ok ? undefined : r.issues[0]?.path).toEqual(['eori']);
    },
  );

  it.each(['DE1', 'GB123456789000', 'IE1234567X', 'DE123456789012345', 'NLabc123'])(
    'accepts the EORI %j',
    (eori) => {
      expect(as4Envelope('IE3F32', { eori }).ok).toBe(true);
    },
  );

  it('refuses missing options and a missing EORI', () => {
    expect(codes(as4Envelope('IE3F32', undefined as unknown as As4EnvelopeOptions))).toEqual(['bad_eori']);
    expect(codes(as4Envelope('IE3F32', {} as As4EnvelopeOptions))).toEqual(['bad_eori']);
  });

  it('refuses a bad release', () => {
    for (const release of [0, 4, '2', null]) {
      const r = as4Envelope('IE3F32', { eori: EORI, release } as unknown as As4EnvelopeOptions);
      expect(codes(r)).toEqual(['bad_release']);
    }
  });

  it('refuses ids with spaces, angle brackets or nothing in them', () => {
    for (const messageId of ['', 'a b', '<a@b>', 'ä@b', 42]) {
      const r = as4Envelope('IE3F32', { eori: EORI, messageId } as unknown as As4EnvelopeOptions);
      expect(codes(r)).toEqual(['bad_id']);
      expect(r.ok ? undefined : r.issues[0]?.path).toEqual(['messageId']);
    }
    expect(codes(as4Envelope('IE3F32', { eori: EORI, refToMessageId: '<x>' }))).toEqual(['bad_id']);
    expect(codes(as4Envelope('IE3F32', { eori: EORI, partId: 'a b' }))).toEqual(['bad_id']);
    expect(codes(as4Envelope('IE3F32', { eori: EORI, conversationId: '' }))).toEqual(['bad_id']);
  });

  it('refuses a conversation id with a character XML does not allow', () => {
    const r = as4Envelope('IE3F32', { eori: EORI, conversationId: 'ok\u0000' });
    expect(codes(r)).toEqual(['xml_illegal_char']);
    expect(r.ok ? '' : r.issues[0]?.message).toContain('U+0 at index 2');
  });

  it('accepts a conversation id with XML special characters (escaped later)', () => {
    const r = as4Envelope('IE3F32', { eori: EORI, conversationId: 'a<&>"b' });
    expect(r.ok && r.value.collaborationInfo.conversationId).toBe('a<&>"b');
  });

  it('refuses bad timestamps', () => {
    for (const timestamp of [
      new Date(Number.NaN),
      '2025-01-02',
      '2025-01-02T03:04:05+01:00',
      '2025-01-02 03:04:05Z',
      0,
    ]) {
      const r = as4Envelope('IE3F32', { eori: EORI, timestamp } as unknown as As4EnvelopeOptions);
      expect(codes(r)).toEqual(['bad_timestamp']);
    }
  });

  it('reports every problem at once', () => {
    const r = as4Envelope('IE3X99', {
      eori: 'x',
      release: 9,
      messageId: ' ',
      timestamp: 'now',
    } as unknown as As4EnvelopeOptions);
    expect(codes(r)).toEqual(['unknown_message_type', 'bad_eori', 'bad_release', 'bad_id', 'bad_timestamp']);
  });

  it('does not mutate the options and returns fresh objects', () => {
    const options = Object.freeze({ eori: EORI, conversationId: 'c', timestamp: new Date(0) });
    const a = as4Envelope('IE3F32', options);
    const b = as4Envelope('IE3F32', options);
    if (!a.ok || !b.ok) throw new Error('expected ok');
    expect(options).toEqual({ eori: EORI, conversationId: 'c', timestamp: new Date(0) });
    a.value.payload.properties.MimeType = 'text/plain';
    expect(b.value.payload.properties.MimeType).toBe('application/xml');
    expect(Object.isFrozen(ICS2_AS4) && Object.isFrozen(ICS2_AS4.partProperties)).toBe(true);
  });

  it('property: never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.string(), fc.anything(), (messageType, options) => {
        const r = as4Envelope(messageType, options as As4EnvelopeOptions);
        expect(typeof r.ok).toBe('boolean');
      }),
    );
  });
});
