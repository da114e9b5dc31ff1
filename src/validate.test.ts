/**
 * `validate('IE3F32', data)` checks the codes against every code list we hold (`generated/codelists.ts`, through
 * `messageModuleOf`); `validate(IE3F32Message, data)` (and `ics2/lite`, the per-message builders) against the
 * lists the module carries, only those its message names. They agree: for every list any element of any of
 * the 84 messages names, the module holds the same codes, as complete or partial alike, and holds no other
 * list. This matters beyond the two forms: the compiled validator is cached per message metadata
 * (`core/compiled.ts`), so whichever form validates a message first fixes the lists for both in that process.
 */
import { describe, expect, it } from 'vitest';
import type { ElementMeta } from './core/meta';
import type { MessageModule } from './core/messageModule';
import { messageTypes } from './generated/catalogue';
import { codeLists } from './generated/codelists';
import { IE3F32Message } from './generated/messages/IE3F32';
import { sampleFilingInput } from './builders/sampleFilingInput';
import { messageModuleOf, validate } from './validate';
import { validateMessage } from './validateMessage';

/** Every code list the elements of a message name (values and amount currencies). */
function namedLists(node: ElementMeta, out = new Set<string>()): Set<string> {
  if (node.codeList) out.add(node.codeList);
  if (node.amount?.currencyCodeList) out.add(node.amount.currencyCodeList);
  for (const c of node.children ?? []) namedLists(c, out);
  return out;
}

/** The codes of a list as the compiled validator reads them (an empty list checks nothing, as none). */
const codes = (lists: MessageModule['completeLists'], id: string): string[] | undefined =>
  Object.prototype.hasOwnProperty.call(lists, id) && lists[id]!.length ? [...lists[id]!] : undefined;

describe('validate(id) and validate(module) check the same code lists', () => {
  it.each(messageTypes.map((id) => [id]))('%s: the module carries the codes the registry path checks', async (id) => {
    const file = (await import(`./generated/messages/${id}.ts`)) as Record<string, MessageModule>;
    const module = file[`${id}Message`]!;
    const byId = messageModuleOf(id);
    expect(byId.meta).toBe(module.meta);
    const named = namedLists(module.meta.root);
    for (const list of named) {
      expect(codes(module.completeLists, list), `${id} ${list} complete`).toEqual(codes(byId.completeLists, list));
      expect(codes(module.partialLists, list), `${id} ${list} partial`).toEqual(codes(byId.partialLists, list));
    }
    for (const list of [...Object.keys(module.completeLists), ...Object.keys(module.partialLists)])
      expect(named.has(list), `${id} carries ${list}, which it does not name`).toBe(true);
  });

  it('the registry path holds every list with values, complete ones as complete', () => {
    const m = messageModuleOf('IE3F32');
    for (const [id, l] of Object.entries(codeLists)) {
      const held = l.complete ? m.completeLists[id] : m.partialLists[id];
      expect(held ?? [], id).toEqual(l.values.map((v) => v.code));
    }
  });

  it('both give the same result on a code outside a partial list (a warning) and a complete one (an error)', () => {
    const input = structuredClone(sampleFilingInput('IE3F32')) as unknown as Record<string, unknown>;
    const data = JSON.parse(
      JSON.stringify({ ...input, SpecificCircumstanceIndicator: 'F99' }).replace(/"country":"[A-Z]{2}"/, '"country":"Q1"'),
    ) as unknown;
    const byId = validate('IE3F32', data);
    expect(validateMessage(IE3F32Message, data)).toStrictEqual(byId);
    expect(validate(IE3F32Message, data)).toStrictEqual(byId);
    expect(byId.issues?.some((i) => i.severity === 'warning' && /Q1/.test(i.message))).toBe(true);
    expect(byId.issues?.some((i) => i.severity === 'error' && i.pointer === '/IE3F32/SpecificCircumstanceIndicator')).toBe(true);
  });

  it('messageModuleOf refuses a string that is no message', () => {
    expect(() => messageModuleOf('IE3X99' as never)).toThrow(new TypeError('IE3X99 is not one of the 84 HTI messages'));
    expect(messageModuleOf('IE3R01')).toBe(messageModuleOf('IE3R01'));
  });
});
