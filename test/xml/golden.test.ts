import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { MessageType } from '../../src/generated/catalogue';
import { registry } from '../../src/generated/registry';
import { toXml } from '../../src/xml/toXml';
import { fromXml } from '../../src/xml/fromXml';
import { maximalInstance, minimalInstance } from '../support/instances';

const dir = fileURLToPath(new URL('../golden/', import.meta.url));
/** Set UPDATE_GOLDEN=1 to rewrite the files after an intended change (then review the diff). */
const update = process.env.UPDATE_GOLDEN === '1';

const cases: { type: MessageType; file: string; data: () => unknown; pretty: boolean }[] = [
  {
    type: 'IE3F32',
    file: 'IE3F32.maximal.xml',
    data: () => maximalInstance(registry.IE3F32.meta),
    pretty: true,
  },
  {
    type: 'IE3A32',
    file: 'IE3A32.minimal.xml',
    data: () => minimalInstance(registry.IE3A32.meta),
    pretty: false,
  },
  {
    type: 'IE3Q01',
    file: 'IE3Q01.maximal.xml',
    data: () => maximalInstance(registry.IE3Q01.meta),
    pretty: true,
  },
  {
    type: 'IE3R01',
    file: 'IE3R01.xml',
    data: () => ({
      LRN: 'LRN1 & <co>',
      MRN: '24DE123456789012J4',
      registrationDate: '2024-04-12T11:13:57Z',
      SpecificCircumstanceIndicator: 'F32',
    }),
    pretty: true,
  },
  {
    type: 'IE3N99',
    file: 'IE3N99.xml',
    data: () => ({
      notificationDate: '2024-04-12T11:13:57Z',
      error: [
        {
          validationCode: 'R3021',
          description: 'Rule R3021 violated',
          pointer: { messageElementPath: '/IE3F32/LRN' },
        },
        { technicalErrorMessage: 'Line 1: "x" is < y', validationCode: '13' },
      ],
    }),
    pretty: true,
  },
];

describe('golden files (byte for byte)', () => {
  for (const c of cases) {
    it(`${c.type} -> test/golden/${c.file}`, () => {
      const r = toXml(c.type, c.data() as never, { pretty: c.pretty, validateOptions: { rules: false } });
      if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 5), null, 1));
      const path = `${dir}${c.file}`;
      if (update || !existsSync(path)) {
        if (!update) throw new Error(`missing golden file ${path}: run with UPDATE_GOLDEN=1`);
        mkdirSync(dir, { recursive: true });
        writeFileSync(path, r.xml);
      }
      expect(r.xml).toBe(readFileSync(path, 'utf8'));
      const back = fromXml(r.xml, { validateOptions: { rules: false } });
      expect(back.issues).toEqual([]);
      expect(back.value).toEqual(c.data());
    });
  }
});
