import { describe, expect, it } from 'vitest';
import * as transport from './transport';

describe('transport', () => {
  it('re-exports the transport utilities and nothing else', () => {
    expect(Object.keys(transport).sort()).toEqual([
      'DEFAULT_XML_LIMITS',
      'EBMS3_NS',
      'ICS2_AS4',
      'MESSAGE_DIRECTIONS',
      'as4Envelope',
      'as4UserMessageXml',
      'escapeAttr',
      'escapeText',
      'findIllegalXmlChar',
      'gunzipPayload',
      'gzipPayload',
      'isMessageType',
      'prescanXml',
      'pullMpc',
    ]);
  });

  it('works end to end: envelope, gzip payload, then on receipt gunzip and pre-scan', async () => {
    const xml = `<IE3F32 xmlns="urn:wco:datamodel:eu:ics2:2"><LRN>${transport.escapeText('LRN<1>&2')}</LRN></IE3F32>`;
    const env = transport.as4Envelope('IE3F32', { eori: 'NL123456789', conversationId: 'LRN<1>&2' });
    const zipped = await transport.gzipPayload(xml);
    if (!env.ok || !zipped.ok) throw new Error('expected ok');
    expect(transport.as4UserMessageXml(env.value).ok).toBe(true);
    const received = await transport.gunzipPayload(zipped.value);
    expect(received).toEqual({ ok: true, value: xml });
    expect(received.ok && transport.prescanXml(received.value)).toEqual({
      ok: true,
      value: { depth: 2, elements: 2 },
    });
  });
});
