/**
 * The builder on message modules (`createBuilderOf`, the per-message builders) and on string ids
 * (`createBuilder('IE3F32', 'IE3A32')` through the registry, the namespaces `express.f32()` ...) give the same
 * `build()`: same value, same issues, valid or not, amendment included, for every filing type.
 */
import { describe, expect, it } from 'vitest';
import type { Result } from '../core/issue';
import type { MessageModule } from '../core/messageModule';
import { filingTypes, type FilingTypeEntry } from '../generated/catalogue';
import { IE3A32Message } from '../generated/messages/IE3A32';
import { IE3F32Message } from '../generated/messages/IE3F32';
import { createBuilderOf } from './builderCore';
import { createBuilder } from './createBuilder';
import { air, express, postal, rail, road, sea } from './index';
import { sampleFilingInput } from './sampleFilingInput';

type Loose = {
  readonly messageType: string;
  set(k: string, v: unknown): Loose;
  unset(k: string): Loose;
  input(): Record<string, unknown>;
  build(options?: object): Result<unknown>;
  amendment(mrn: string): Loose;
};
const modes = { sea, air, express, postal, road, rail } as const;
const MRN = '24DE12345678901TA0';

async function moduleOf(id: string): Promise<MessageModule> {
  const file = (await import(`../generated/messages/${id}.ts`)) as Record<string, MessageModule>;
  return file[`${id}Message`]!;
}

/** The five ways to the builder of one filing type, each as a JavaScript caller sees it. */
async function buildersOf(f: FilingTypeEntry): Promise<Record<string, Loose>> {
  const message = await moduleOf(f.message);
  const amendment = f.amendment ? await moduleOf(f.amendment) : undefined;
  const initial = { SpecificCircumstanceIndicator: f.code };
  const fn = f.code.toLowerCase();
  const perMessage = (await import(`./${f.category}/${fn}.ts`)) as Record<string, () => unknown>;
  return {
    string: createBuilder(f.message, f.amendment ?? undefined, initial as never) as unknown as Loose,
    module: createBuilder(message, amendment, initial as never) as unknown as Loose,
    core: createBuilderOf(message, amendment, initial as never) as unknown as Loose,
    perMessage: perMessage[fn]!() as Loose,
    namespace: (modes[f.category] as unknown as Record<string, () => Loose>)[fn]!(),
  };
}

const fill = (b: Loose, input: object): Loose =>
  Object.entries(input).reduce((acc, [k, v]) => (k === 'SpecificCircumstanceIndicator' ? acc : acc.set(k, v)), b);

/** Inputs that break a filing in the ways a builder reports: format, date, mass, a missing element, an unknown one. */
function broken(input: Record<string, unknown>): Record<string, Record<string, unknown>> {
  const { declarant: _d, ...noDeclarant } = input;
  const text = JSON.stringify(input);
  const edit = (from: RegExp, to: string): Record<string, unknown> => JSON.parse(text.replace(from, to)) as Record<string, unknown>;
  const all: Record<string, Record<string, unknown>> = {
    'LRN too long': { ...input, LRN: 'X'.repeat(40) },
    'date without offset': edit(/"documentIssueDate":"[^"]*"/, '"documentIssueDate":"2024-04-12 11:13:57"'),
    'inexact mass and unknown element': edit(/"(totalGrossMass|grossMass)":"[^"]*"/, '"$1":0.30000000000000004,"junk":1'),
    'declarant missing': noDeclarant,
    'code outside a list': edit(/"country":"[A-Z]{2}"/, '"country":"Q1"'),
  };
  // A message without the element a change needs (no mass, no country) is left that change.
  return { valid: input, ...Object.fromEntries(Object.entries(all).filter(([, v]) => JSON.stringify(v) !== text)) };
}

describe('builder on modules and on string ids', () => {
  it.each(filingTypes.map((f) => [f.code, f] as const))(
    '%s: build() and amendment().build() are identical, valid and invalid, with and without rules',
    async (_code, f) => {
      const builders = await buildersOf(f);
      for (const [what, input] of Object.entries(broken(sampleFilingInput(f.message) as unknown as Record<string, unknown>))) {
        const filled = Object.fromEntries(Object.entries(builders).map(([k, b]) => [k, fill(b, input)]));
        const ref = filled.string!;
        const expected = ref.build();
        if (what === 'valid') expect(expected.ok, `${f.code} ${what}`).toBe(true);
        else expect(expected.issues?.length, `${f.code} ${what}`).toBeGreaterThan(0);
        for (const [how, b] of Object.entries(filled)) {
          expect(b.messageType).toBe(f.message);
          expect(b.input(), `${f.code} ${what} ${how}`).toStrictEqual(ref.input());
          expect(b.build(), `${f.code} ${what} ${how}`).toStrictEqual(expected);
          expect(b.build({ rules: false }), `${f.code} ${what} ${how} (rules: false)`).toStrictEqual(ref.build({ rules: false }));
          const a = b.amendment(MRN);
          expect(a.messageType).toBe(f.amendment ?? f.message);
          expect(a.build(), `${f.code} ${what} ${how} amendment`).toStrictEqual(ref.amendment(MRN).build());
        }
      }
    },
  );

  it('the valid amendments are valid (so the comparison above covers a success as well as issues)', async () => {
    const f = filingTypes.find((x) => x.code === 'F32')!;
    const { core } = await buildersOf(f);
    const r = fill(core!, sampleFilingInput('IE3F32')).amendment(MRN).build();
    expect(r.ok).toBe(true);
    expect(r.ok && (r.value as Record<string, unknown>).MRN).toBe(MRN);
  });

  it('the namespaces stay on string ids: the per-message builders are other functions with the same result', async () => {
    // On modules, the 31 namespace entries would bring the 61 modules' code lists into every bundle of
    // ics2/builders or the root (about 50 KB gzip), which hold the registry anyway (fromShipment).
    for (const f of filingTypes) {
      const fn = f.code.toLowerCase();
      const perMessage = (await import(`./${f.category}/${fn}.ts`)) as Record<string, unknown>;
      expect((modes[f.category] as unknown as Record<string, unknown>)[fn], f.code).not.toBe(perMessage[fn]);
    }
  });

  it('createBuilder takes the modules as well as the ids; an id that is no message throws', () => {
    const b = createBuilder(IE3F32Message, IE3A32Message, { SpecificCircumstanceIndicator: 'F32' });
    expect(b.messageType).toBe('IE3F32');
    expect(b.get('SpecificCircumstanceIndicator')).toBe('F32');
    expect(() => createBuilder('IE3X99' as never)).toThrow(new TypeError('IE3X99 is not one of the 84 HTI messages'));
    expect(() => createBuilder('IE3F32', 'nope' as never)).toThrow(TypeError);
  });

  it('without an amendment module, amendment() (from JavaScript) reports no_amendment', () => {
    const b = createBuilderOf(IE3F32Message) as unknown as Loose;
    const r = b.amendment(MRN).build();
    expect(r).toStrictEqual({
      ok: false,
      issues: [expect.objectContaining({ code: 'no_amendment', pointer: '/IE3F32', message: 'IE3F32 has no amendment message' })],
    });
  });
});
