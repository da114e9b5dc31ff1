/**
 * The ebMS3 `eb:UserMessage` XML fragment of an {@link As4Envelope}, for gateways configured by XML.
 */
import { issue } from '../core/issue';
import type { Issue, Result } from '../core/issue';
import type { As4Envelope, As4Party } from './as4Envelope';
import { escapeAttr, escapeText, findIllegalXmlChar } from './safety';

/**
 * Namespace of the ebMS3 core header (OASIS ebMS 3.0 Core, 2007-04).
 *
 * @example
 * ```ts
 * `<eb:Messaging xmlns:eb="${EBMS3_NS}">`;
 * ```
 */
export const EBMS3_NS = 'http://docs.oasis-open.org/ebxml-msg/ebms/v3.0/ns/core/200704/';

/**
 * Serialise an {@link As4Envelope} as an ebMS3 `eb:UserMessage` element (namespace {@link EBMS3_NS}
 * declared on it), in the schema's order: MessageInfo, PartyInfo, CollaborationInfo, PayloadInfo. Every
 * value is escaped; a value with a character XML 1.0 does not allow gives an `xml_illegal_char` issue
 * instead of broken XML.
 *
 * `eb:Timestamp`, `eb:MessageId` and `eb:ConversationId` are written only when the envelope has them, as
 * in a submission to a gateway that assigns them. The ebMS3 core schema requires all three in a message
 * on the wire: with `{ complete: true }` a missing one gives a `missing` issue, so that the fragment is
 * valid against `ebms-header-3_0-200704.xsd`.
 *
 * @example
 * ```ts
 * const env = as4Envelope('IE3F32', { eori: 'DE123456789012345' });
 * const xml = env.ok ? as4UserMessageXml(env.value) : undefined;
 * // { ok: true, value: '<eb:UserMessage xmlns:eb="http://docs.oasis-open.org/ebxml-msg/ebms/v3.0/ns/core/200704/">…' }
 * ```
 */
export function as4UserMessageXml(
  envelope: As4Envelope,
  options: { complete?: boolean } = {},
): Result<string> {
  const issues: Issue[] = [];
  if (options?.complete === true) {
    const required: [string | undefined, string[]][] = [
      [envelope.messageInfo.timestamp, ['messageInfo', 'timestamp']],
      [envelope.messageInfo.messageId, ['messageInfo', 'messageId']],
      [envelope.collaborationInfo.conversationId, ['collaborationInfo', 'conversationId']],
    ];
    for (const [value, path] of required) {
      if (value === undefined) {
        issues.push(
          issue('missing', path, '', `${path.join('.')} is required in a complete ebMS3 user message`),
        );
      }
    }
  }
  const check = (value: string, path: string[]): string => {
    const bad = findIllegalXmlChar(value);
    if (bad) {
      issues.push(
        issue(
          'xml_illegal_char',
          path,
          '',
          `${path.join('.')} has character U+${bad.codePoint.toString(16).toUpperCase()} at index ${bad.index}, not allowed in XML`,
        ),
      );
    }
    return value;
  };
  const text = (value: string, path: string[]): string => escapeText(check(value, path));
  const attr = (value: string, path: string[]): string => escapeAttr(check(value, path));
  const party = (tag: 'From' | 'To', p: As4Party, path: string[]): string[] => [
    `    <eb:${tag}>`,
    `      <eb:PartyId type="${attr(p.partyIdType, [...path, 'partyIdType'])}">${text(p.partyId, [...path, 'partyId'])}</eb:PartyId>`,
    `      <eb:Role>${text(p.role, [...path, 'role'])}</eb:Role>`,
    `    </eb:${tag}>`,
  ];

  const { messageInfo: mi, partyInfo, collaborationInfo: ci, payload } = envelope;
  const mpc = envelope.mpc === undefined ? '' : ` mpc="${attr(envelope.mpc, ['mpc'])}"`;
  const lines = [`<eb:UserMessage xmlns:eb="${EBMS3_NS}"${mpc}>`];
  if (mi.timestamp !== undefined || mi.messageId !== undefined || mi.refToMessageId !== undefined) {
    lines.push('  <eb:MessageInfo>');
    if (mi.timestamp !== undefined) {
      lines.push(`    <eb:Timestamp>${text(mi.timestamp, ['messageInfo', 'timestamp'])}</eb:Timestamp>`);
    }
    if (mi.messageId !== undefined) {
      lines.push(`    <eb:MessageId>${text(mi.messageId, ['messageInfo', 'messageId'])}</eb:MessageId>`);
    }
    if (mi.refToMessageId !== undefined) {
      lines.push(
        `    <eb:RefToMessageId>${text(mi.refToMessageId, ['messageInfo', 'refToMessageId'])}</eb:RefToMessageId>`,
      );
    }
    lines.push('  </eb:MessageInfo>');
  }
  lines.push(
    '  <eb:PartyInfo>',
    ...party('From', partyInfo.from, ['partyInfo', 'from']),
    ...party('To', partyInfo.to, ['partyInfo', 'to']),
    '  </eb:PartyInfo>',
    '  <eb:CollaborationInfo>',
    `    <eb:AgreementRef type="${attr(ci.agreementRef.type, ['collaborationInfo', 'agreementRef', 'type'])}">${text(ci.agreementRef.value, ['collaborationInfo', 'agreementRef', 'value'])}</eb:AgreementRef>`,
    `    <eb:Service type="${attr(ci.service.type, ['collaborationInfo', 'service', 'type'])}">${text(ci.service.value, ['collaborationInfo', 'service', 'value'])}</eb:Service>`,
    `    <eb:Action>${text(ci.action, ['collaborationInfo', 'action'])}</eb:Action>`,
  );
  if (ci.conversationId !== undefined) {
    lines.push(
      `    <eb:ConversationId>${text(ci.conversationId, ['collaborationInfo', 'conversationId'])}</eb:ConversationId>`,
    );
  }
  lines.push(
    '  </eb:CollaborationInfo>',
    '  <eb:PayloadInfo>',
    `    <eb:PartInfo href="${attr(payload.href, ['payload', 'href'])}">`,
    '      <eb:PartProperties>',
  );
  for (const [name, value] of Object.entries(payload.properties)) {
    lines.push(
      `        <eb:Property name="${attr(name, ['payload', 'properties'])}">${text(value, ['payload', 'properties', name])}</eb:Property>`,
    );
  }
  lines.push('      </eb:PartProperties>', '    </eb:PartInfo>', '  </eb:PayloadInfo>', '</eb:UserMessage>');
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: lines.join('\n') };
}
