import { XMLParser, XMLValidator } from 'fast-xml-parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { as4Envelope } from './as4Envelope';
import type { As4Envelope, As4EnvelopeOptions } from './as4Envelope';
import { EBMS3_NS, as4UserMessageXml } from './as4UserMessageXml';
import { findIllegalXmlChar, prescanXml } from './safety';

const EORI = 'DE123456789012345';

function envelope(type: string, options: Partial<As4EnvelopeOptions> = {}): As4Envelope {
  const r = as4Envelope(type, { eori: EORI, ...options });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

function xmlOf(env: As4Envelope): string {
  const r = as4UserMessageXml(env);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  htmlEntities: true,
  isArray: (name) => name === 'eb:Property',
});

describe('EBMS3_NS', () => {
  it('is the ebMS 3.0 core namespace', () => {
    expect(EBMS3_NS).toBe('http://docs.oasis-open.org/ebxml-msg/ebms/v3.0/ns/core/200704/');
  });
});

describe('as4UserMessageXml', () => {
  it('writes a minimal trader-to-customs user message', () => {
    expect(xmlOf(envelope('IE3F32'))).toBe(
      [
        '<eb:UserMessage xmlns:eb="http://docs.oasis-open.org/ebxml-msg/ebms/v3.0/ns/core/200704/">',
        '  <eb:PartyInfo>',
        '    <eb:From>',
        '      <eb:PartyId type="urn:oasis:names:tc:ebcore:partyid-type:unregistered:eu-customs:EORI">DE123456789012345</eb:PartyId>',
        '      <eb:Role>Trader</eb:Role>',
        '    </eb:From>',
        '    <eb:To>',
        '      <eb:PartyId type="urn:oasis:names:tc:ebcore:partyid-type:unregistered:eu-customs:auth">sti-taxud</eb:PartyId>',
        '      <eb:Role>Customs</eb:Role>',
        '    </eb:To>',
        '  </eb:PartyInfo>',
        '  <eb:CollaborationInfo>',
        '    <eb:AgreementRef type="ics2-interface-version">EU-ICS2-TI-V2.0</eb:AgreementRef>',
        '    <eb:Service type="eu-customs-service-type">eu_ics2_t2c</eb:Service>',
        '    <eb:Action>IE3F32</eb:Action>',
        '  </eb:CollaborationInfo>',
        '  <eb:PayloadInfo>',
        '    <eb:PartInfo href="cid:ics2-payload">',
        '      <eb:PartProperties>',
        '        <eb:Property name="MimeType">application/xml</eb:Property>',
        '        <eb:Property name="CompressionType">application/gzip</eb:Property>',
        '        <eb:Property name="CharacterSet">utf-8</eb:Property>',
        '      </eb:PartProperties>',
        '    </eb:PartInfo>',
        '  </eb:PayloadInfo>',
        '</eb:UserMessage>',
      ].join('\n'),
    );
  });

  it('writes a complete customs-to-trader user message that parses back to the envelope values', () => {
    const env = envelope('IE3N99', {
      messageId: 'm-2@sti.example',
      refToMessageId: 'm-1@trader.example',
      timestamp: '2025-03-01T10:00:00Z',
      conversationId: 'conv-1',
      release: 1,
    });
    const xml = xmlOf(env);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(prescanXml(xml).ok).toBe(true);
    const um = (parser.parse(xml) as Record<string, any>)['eb:UserMessage'];
    expect(um['@xmlns:eb']).toBe(EBMS3_NS);
    expect(um['@mpc']).toBe(`urn:fdc:ec.europa.eu:2019:eu_ics2_c2t/EORI/${EORI}`);
    expect(um['eb:MessageInfo']).toMatchObject({
      'eb:Timestamp': '2025-03-01T10:00:00Z',
      'eb:MessageId': 'm-2@sti.example',
      'eb:RefToMessageId': 'm-1@trader.example',
    });
    expect(um['eb:PartyInfo']['eb:From']['eb:PartyId']['#text']).toBe('sti-taxud');
    expect(um['eb:PartyInfo']['eb:From']['eb:Role']).toBe('Customs');
    expect(um['eb:PartyInfo']['eb:To']['eb:PartyId']['#text']).toBe(EORI);
    expect(um['eb:PartyInfo']['eb:To']['eb:Role']).toBe('Trader');
    const ci = um['eb:CollaborationInfo'];
    expect(ci['eb:AgreementRef']['#text']).toBe('EU-ICS2-TI-V1.0');
    expect(ci['eb:Service']).toEqual({ '#text': 'eu_ics2_c2t', '@type': 'eu-customs-service-type' });
    expect(ci['eb:Action']).toBe('IE3N99');
    expect(ci['eb:ConversationId']).toBe('conv-1');
    const props = um['eb:PayloadInfo']['eb:PartInfo']['eb:PartProperties']['eb:Property'] as Record<
      string,
      string
    >[];
    expect(props.map((p) => [p['@name'], p['#text']])).toEqual([
      ['MimeType', 'application/xml'],
      ['CompressionType', 'application/gzip'],
      ['CharacterSet', 'utf-8'],
    ]);
  });

  it('keeps the ebMS3 element order: MessageInfo, PartyInfo, CollaborationInfo, PayloadInfo', () => {
    const xml = xmlOf(
      envelope('IE3F32', { messageId: 'a@b', timestamp: '2025-03-01T10:00:00Z', conversationId: 'c' }),
    );
    const order = [
      '<eb:MessageInfo>',
      '<eb:Timestamp>',
      '<eb:MessageId>',
      '<eb:PartyInfo>',
      '<eb:From>',
      '<eb:To>',
    ]
      .concat([
        '<eb:CollaborationInfo>',
        '<eb:AgreementRef',
        '<eb:Service',
        '<eb:Action>',
        '<eb:ConversationId>',
      ])
      .concat(['<eb:PayloadInfo>'])
      .map((tag) => xml.indexOf(tag));
    expect(order.every((p) => p >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('escapes values in text and attributes', () => {
    const env = envelope('IE3F32', { conversationId: `a<b>&"c'` });
    env.partyInfo.from.partyIdType = 'x"<&>';
    const xml = xmlOf(env);
    expect(xml).toContain('<eb:ConversationId>a&lt;b&gt;&amp;&quot;c&apos;</eb:ConversationId>');
    expect(xml).toContain('<eb:PartyId type="x&quot;&lt;&amp;&gt;">');
    const um = (parser.parse(xml) as Record<string, any>)['eb:UserMessage'];
    expect(um['eb:CollaborationInfo']['eb:ConversationId']).toBe(`a<b>&"c'`);
    expect(um['eb:PartyInfo']['eb:From']['eb:PartyId']['@type']).toBe('x"<&>');
  });

  it('property: any conversation id allowed in XML reads back unchanged', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', minLength: 1 }).filter((s) => findIllegalXmlChar(s) === undefined),
        (conversationId) => {
          const xml = xmlOf(envelope('IE3F32', { conversationId }));
          expect(prescanXml(xml).ok).toBe(true);
          const um = (parser.parse(xml) as Record<string, any>)['eb:UserMessage'];
          expect(um['eb:CollaborationInfo']['eb:ConversationId']).toBe(conversationId);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('refuses a hand-made envelope with characters XML does not allow, naming each field', () => {
    const env = envelope('IE3R01', { messageId: 'a@b' });
    env.partyInfo.to.partyId = 'DE\u0000';
    env.messageInfo.messageId = '\uD800';
    env.payload.properties.MimeType = 'application/xml\u0007';
    const r = as4UserMessageXml(env);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([
      ['xml_illegal_char', ['messageInfo', 'messageId']],
      ['xml_illegal_char', ['partyInfo', 'to', 'partyId']],
      ['xml_illegal_char', ['payload', 'properties', 'MimeType']],
    ]);
  });

  it('does not modify the envelope', () => {
    const env = envelope('IE3F32', { conversationId: 'a&b' });
    const before = structuredClone(env);
    xmlOf(env);
    expect(env).toEqual(before);
  });
});

describe('as4UserMessageXml with { complete: true }', () => {
  it('requires Timestamp, MessageId and ConversationId, as the ebMS3 core schema does', () => {
    const r = as4UserMessageXml(envelope('IE3F32'), { complete: true });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([
      ['missing', ['messageInfo', 'timestamp']],
      ['missing', ['messageInfo', 'messageId']],
      ['missing', ['collaborationInfo', 'conversationId']],
    ]);
  });

  it('writes the same XML as without the option when they are all there', () => {
    const env = envelope('IE3F32', {
      messageId: 'a@b',
      timestamp: '2025-03-01T10:00:00Z',
      conversationId: 'c',
    });
    const complete = as4UserMessageXml(env, { complete: true });
    expect(complete.ok).toBe(true);
    expect(complete).toEqual(as4UserMessageXml(env));
  });
});
