/**
 * The ebMS3 user-message metadata an AS4 gateway (Domibus, phase4) needs to send or receive one ICS2
 * message. Signing, encryption and sending belong to the gateway, not to this package.
 *
 * Sources: DG TAXUD, ICS2 HTI Interface Control Document v3.30 section 4 (in `phax/phase4`, `docs/ICS2/`);
 * the same values in phase4's EU CTP profile (`phase4-profile-euctp`: `EuCtpPMode`, `EEuCtpService`,
 * `EEuCtpAction`) and its pull-request example (MPC `urn:fdc:ec.europa.eu:2019:eu_ics2_c2t/EORI/<EORI>`);
 * part property names `MimeType`, `CharacterSet`, `CompressionType` as in phase4's `MessageHelperMethods`.
 */
import { issue } from '../core/issue';
import type { Issue, Result } from '../core/issue';
import { MESSAGE_DIRECTIONS, isMessageType } from './messageDirections';
import type { MessageDirection, MessageType } from './messageDirections';
import { findIllegalXmlChar } from './safety';

/**
 * The fixed AS4 values of the ICS2 trader interface (ICD v3.30 section 4).
 *
 * @example
 * ```ts
 * ICS2_AS4.services.t2c; // 'eu_ics2_t2c'
 * ICS2_AS4.agreements[2]; // 'EU-ICS2-TI-V2.0'
 * ```
 */
export const ICS2_AS4 = Object.freeze({
  /** `eb:Service/@type`. */
  serviceType: 'eu-customs-service-type',
  /** `eb:Service` by message direction. */
  services: Object.freeze({ t2c: 'eu_ics2_t2c', c2t: 'eu_ics2_c2t' } as const),
  /** `eb:AgreementRef/@type`. */
  agreementType: 'ics2-interface-version',
  /** `eb:AgreementRef` by ICS2 release: V1.0 for release 1, V2.0 for releases 2 and 3. */
  agreements: Object.freeze({ 1: 'EU-ICS2-TI-V1.0', 2: 'EU-ICS2-TI-V2.0', 3: 'EU-ICS2-TI-V2.0' } as const),
  /** `eb:PartyId/@type` of a trader, whose PartyId is its EORI. */
  traderPartyIdType: 'urn:oasis:names:tc:ebcore:partyid-type:unregistered:eu-customs:EORI',
  traderRole: 'Trader',
  /** PartyId of customs (the Shared Trader Interface). */
  customsPartyId: 'sti-taxud',
  customsPartyIdType: 'urn:oasis:names:tc:ebcore:partyid-type:unregistered:eu-customs:auth',
  customsRole: 'Customs',
  /** Prefix of a trader's pull MPC; the trader's EORI follows. */
  pullMpcPrefix: 'urn:fdc:ec.europa.eu:2019:eu_ics2_c2t/EORI/',
  /** Part properties of the one payload: gzip-compressed UTF-8 XML. */
  partProperties: Object.freeze({
    MimeType: 'application/xml',
    CompressionType: 'application/gzip',
    CharacterSet: 'utf-8',
  } as const),
  /** Payload part id used when no `partId` option is given. */
  defaultPartId: 'ics2-payload',
} as const);

/** An ICS2 release (roll-out phase); it decides the AS4 agreement. */
export type Ics2Release = 1 | 2 | 3;

/** Options of {@link as4Envelope}. */
export interface As4EnvelopeOptions {
  /** The trader's EORI: the From party of a t2c message, the To party of a c2t message. */
  eori: string;
  /** ICS2 release: 1 gives agreement `EU-ICS2-TI-V1.0`, 2 and 3 (default 2) give `EU-ICS2-TI-V2.0`. */
  release?: Ics2Release;
  /** `eb:ConversationId`; the gateway assigns one when absent. */
  conversationId?: string;
  /** `eb:MessageId` (an RFC 2822 msg-id without `<>`); the gateway assigns one when absent. */
  messageId?: string;
  /** `eb:RefToMessageId`: the AS4 message id this one answers. */
  refToMessageId?: string;
  /** `eb:Timestamp` (UTC); the gateway sets it when absent. A string must be `YYYY-MM-DDThh:mm:ss[.fff]Z`. */
  timestamp?: string | Date;
  /** Id of the payload part (its href is `cid:<partId>`); default `ics2-payload`. */
  partId?: string;
}

/** One ebMS3 party: `eb:PartyId` with its type, and `eb:Role`. */
export interface As4Party {
  partyId: string;
  partyIdType: string;
  role: string;
}

/** The payload part: `eb:PartInfo/@href` and its part properties. */
export interface As4PayloadPart {
  partId: string;
  href: string;
  properties: { MimeType: string; CompressionType: string; CharacterSet: string };
}

/** The ebMS3 user-message metadata of one ICS2 message, shaped like `eb:UserMessage`. */
export interface As4Envelope {
  messageType: MessageType;
  direction: MessageDirection;
  /** Message partition channel: the trader's pull MPC for c2t messages; absent (default MPC) for t2c. */
  mpc?: string;
  messageInfo: { timestamp?: string; messageId?: string; refToMessageId?: string };
  partyInfo: { from: As4Party; to: As4Party };
  collaborationInfo: {
    agreementRef: { value: string; type: string };
    service: { value: string; type: string };
    action: MessageType;
    conversationId?: string;
  };
  payload: As4PayloadPart;
}

const EORI_SHAPE = /^[A-Z]{2}[0-9A-Za-z]{1,15}$/;
// Printable ASCII without space and the msg-id delimiters < > (ebMS3 core 5.2.2.1: MessageId and
// RefToMessageId MUST NOT include the angle brackets).
const ID_SHAPE = /^[\x21-\x3B\x3D\x3F-\x7E]+$/;
const UTC_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;

function eoriIssue(eori: unknown, path: (string | number)[]): Issue | undefined {
  if (typeof eori === 'string' && EORI_SHAPE.test(eori)) return undefined;
  return issue(
    'bad_eori',
    path,
    '',
    `An EORI is 2 capital letters (country code) then 1 to 15 letters or digits, got ${JSON.stringify(eori)}`,
    { ref: 'an..17' },
  );
}

/**
 * The pull MPC (message partition channel) from which a trader pulls its customs-to-trader messages:
 * `urn:fdc:ec.europa.eu:2019:eu_ics2_c2t/EORI/<EORI>`. A badly shaped EORI gives `bad_eori`.
 *
 * @example
 * ```ts
 * pullMpc('DE123456789012345'); // { ok: true, value: 'urn:fdc:ec.europa.eu:2019:eu_ics2_c2t/EORI/DE123456789012345' }
 * ```
 */
export function pullMpc(eori: string): Result<string> {
  const bad = eoriIssue(eori, []);
  if (bad) return { ok: false, issues: [bad] };
  return { ok: true, value: ICS2_AS4.pullMpcPrefix + eori };
}

function idIssue(value: unknown, name: string): Issue | undefined {
  if (value === undefined || (typeof value === 'string' && ID_SHAPE.test(value))) return undefined;
  return issue(
    'bad_id',
    [name],
    '',
    `${name} must be a non-empty string of printable ASCII without spaces or angle brackets, got ${JSON.stringify(value)}`,
  );
}

/**
 * The ebMS3 user-message metadata for sending (or, for c2t messages, expecting) one ICS2 message:
 * service `eu_ics2_t2c` or `eu_ics2_c2t` by the message's direction, type `eu-customs-service-type`;
 * action = the message id; agreement `EU-ICS2-TI-V2.0` (`EU-ICS2-TI-V1.0` with `release: 1`) of type
 * `ics2-interface-version`; From the trader (its EORI, role `Trader`) and To customs (`sti-taxud`, role
 * `Customs`), swapped for c2t messages, which also carry the trader's pull MPC; one payload part of
 * gzip-compressed UTF-8 XML. Never throws: an unknown message type or bad options give issues
 * (`unknown_message_type`, `bad_eori`, `bad_release`, `bad_id`, `bad_timestamp`, `xml_illegal_char`).
 *
 * @example
 * ```ts
 * const r = as4Envelope('IE3F32', { eori: 'DE123456789012345', conversationId: 'lrn-0001' });
 * if (r.ok) {
 *   r.value.collaborationInfo.service; // { value: 'eu_ics2_t2c', type: 'eu-customs-service-type' }
 *   r.value.partyInfo.to.partyId; // 'sti-taxud'
 * }
 * ```
 */
export function as4Envelope(
  messageType: MessageType | (string & {}),
  options: As4EnvelopeOptions,
): Result<As4Envelope> {
  const issues: Issue[] = [];
  if (!isMessageType(messageType)) {
    issues.push(
      issue(
        'unknown_message_type',
        ['messageType'],
        '',
        `Unknown ICS2 message type ${JSON.stringify(messageType)}`,
      ),
    );
  }
  const opts: Partial<As4EnvelopeOptions> = typeof options === 'object' && options !== null ? options : {};
  const badEori = eoriIssue(opts.eori, ['eori']);
  if (badEori) issues.push(badEori);

  const release: unknown = opts.release === undefined ? 2 : opts.release;
  if (release !== 1 && release !== 2 && release !== 3) {
    issues.push(
      issue('bad_release', ['release'], '', `release must be 1, 2 or 3, got ${JSON.stringify(release)}`),
    );
  }
  for (const name of ['messageId', 'refToMessageId', 'partId'] as const) {
    const bad = idIssue(opts[name], name);
    if (bad) issues.push(bad);
  }
  const conversationId = opts.conversationId;
  if (conversationId !== undefined) {
    if (typeof conversationId !== 'string' || conversationId.length === 0) {
      issues.push(issue('bad_id', ['conversationId'], '', 'conversationId must be a non-empty string'));
    } else {
      const illegal = findIllegalXmlChar(conversationId);
      if (illegal) {
        issues.push(
          issue(
            'xml_illegal_char',
            ['conversationId'],
            '',
            `conversationId has character U+${illegal.codePoint.toString(16).toUpperCase()} at index ${illegal.index}, not allowed in XML`,
          ),
        );
      }
    }
  }
  let timestamp: string | undefined;
  const ts: unknown = opts.timestamp;
  if (ts instanceof Date) {
    if (Number.isNaN(ts.getTime()))
      issues.push(issue('bad_timestamp', ['timestamp'], '', 'timestamp is an invalid Date'));
    else timestamp = ts.toISOString();
  } else if (typeof ts === 'string' && UTC_TIMESTAMP.test(ts)) {
    timestamp = ts;
  } else if (ts !== undefined) {
    issues.push(
      issue(
        'bad_timestamp',
        ['timestamp'],
        '',
        `timestamp must be a Date or a UTC YYYY-MM-DDThh:mm:ssZ string, got ${JSON.stringify(ts)}`,
      ),
    );
  }
  if (issues.length > 0 || !isMessageType(messageType) || opts.eori === undefined)
    return { ok: false, issues };

  const direction = MESSAGE_DIRECTIONS[messageType];
  const trader: As4Party = {
    partyId: opts.eori,
    partyIdType: ICS2_AS4.traderPartyIdType,
    role: ICS2_AS4.traderRole,
  };
  const customs: As4Party = {
    partyId: ICS2_AS4.customsPartyId,
    partyIdType: ICS2_AS4.customsPartyIdType,
    role: ICS2_AS4.customsRole,
  };
  const messageInfo: As4Envelope['messageInfo'] = {};
  if (timestamp !== undefined) messageInfo.timestamp = timestamp;
  if (opts.messageId !== undefined) messageInfo.messageId = opts.messageId;
  if (opts.refToMessageId !== undefined) messageInfo.refToMessageId = opts.refToMessageId;
  const partId = opts.partId ?? ICS2_AS4.defaultPartId;

  const envelope: As4Envelope = {
    messageType,
    direction,
    ...(direction === 'c2t' ? { mpc: ICS2_AS4.pullMpcPrefix + opts.eori } : {}),
    messageInfo,
    partyInfo: direction === 't2c' ? { from: trader, to: customs } : { from: customs, to: trader },
    collaborationInfo: {
      agreementRef: { value: ICS2_AS4.agreements[release as Ics2Release], type: ICS2_AS4.agreementType },
      service: { value: ICS2_AS4.services[direction], type: ICS2_AS4.serviceType },
      action: messageType,
    },
    payload: { partId, href: `cid:${partId}`, properties: { ...ICS2_AS4.partProperties } },
  };
  if (conversationId !== undefined) envelope.collaborationInfo.conversationId = conversationId;
  return { ok: true, value: envelope };
}
