/**
 * Shared by the examples: print a built filing as XML with a report of its issues, and set the exit code.
 */
import type { Result } from '../../src/core/issue';
import type { MessageType } from '../../src/generated/catalogue';
import { toXml } from '../../src/xml/toXml';

/**
 * Print one filing: its XML when it is valid, else every issue; returns whether it is valid.
 *
 * @example
 * ```ts
 * report('Express F32', 'IE3F32', express.f32()...build());
 * ```
 */
export function report(title: string, messageType: MessageType, result: Result<unknown>): boolean {
  console.log(`\n=== ${title} (${messageType}) ===`);
  for (const i of result.issues ?? [])
    console.log(`${i.severity.padEnd(7)} ${i.code.padEnd(16)} ${i.pointer}: ${i.message}`);
  if (!result.ok) {
    console.log(`INVALID: ${result.issues.filter((i) => i.severity === 'error').length} error(s)`);
    process.exitCode = 1;
    return false;
  }
  const xml = toXml(messageType, result.value as never, { pretty: true });
  if (!xml.ok) {
    for (const i of xml.issues) console.log(`xml     ${i.code} ${i.pointer}: ${i.message}`);
    process.exitCode = 1;
    return false;
  }
  console.log(xml.xml);
  console.log(`VALID: no errors${result.issues?.length ? `, ${result.issues.length} warning(s)` : ''}`);
  return true;
}
