/**
 * Shared by the examples: print a built filing as XML with a report of its issues, and set the exit code.
 */
import { toXml, type Message, type MessageType, type Result } from 'ics2';

/**
 * Print one filing: its XML when it is valid, else every issue; returns whether it is valid.
 *
 * @example
 * ```ts
 * report('Express F32', 'IE3F32', express.f32()...build());
 * ```
 */
export function report<K extends MessageType>(
  title: string,
  messageType: K,
  result: Result<Message<K>>,
): boolean {
  console.log(`\n=== ${title} (${messageType}) ===`);
  for (const i of result.issues ?? [])
    console.log(`${i.severity.padEnd(7)} ${i.code.padEnd(16)} ${i.pointer}: ${i.message}`);
  if (!result.ok) {
    console.log(`INVALID: ${result.issues.filter((i) => i.severity === 'error').length} error(s)`);
    process.exitCode = 1;
    return false;
  }
  const xml = toXml(messageType, result.value, { pretty: true });
  if (!xml.ok) {
    for (const i of xml.issues) console.log(`xml     ${i.code} ${i.pointer}: ${i.message}`);
    process.exitCode = 1;
    return false;
  }
  console.log(xml.xml);
  console.log(`VALID: no errors${result.issues?.length ? `, ${result.issues.length} warning(s)` : ''}`);
  return true;
}

/**
 * Print the problems of a shipment description (an element no filing has ...); returns whether there are none.
 *
 * @example
 * ```ts
 * shipmentIssues(sea.fromBillOfLading(shipment).issues);
 * ```
 */
export function shipmentIssues(
  issues: readonly { code: string; pointer: string; message: string }[],
): boolean {
  for (const i of issues) console.log(`shipment ${i.code} ${i.pointer}: ${i.message}`);
  if (issues.length) process.exitCode = 1;
  return !issues.length;
}
