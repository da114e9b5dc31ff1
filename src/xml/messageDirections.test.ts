import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MESSAGE_DIRECTIONS, isMessageType } from './messageDirections';

interface SpecMessage {
  message: string;
  direction: string;
}
const spec = JSON.parse(readFileSync(new URL('../../spec/messages.json', import.meta.url), 'utf8')) as {
  messages: SpecMessage[];
};

describe('MESSAGE_DIRECTIONS', () => {
  it('holds exactly the 84 messages of spec/messages.json with their directions', () => {
    const fromSpec = Object.fromEntries(spec.messages.map((m) => [m.message, m.direction]));
    expect(spec.messages).toHaveLength(84);
    expect(MESSAGE_DIRECTIONS).toEqual(fromSpec);
  });

  it('has filings and amendments trader to customs, notifications customs to trader', () => {
    expect(MESSAGE_DIRECTIONS.IE3F32).toBe('t2c');
    expect(MESSAGE_DIRECTIONS.IE3A51).toBe('t2c');
    expect(MESSAGE_DIRECTIONS.IE3N06).toBe('t2c');
    expect(MESSAGE_DIRECTIONS.IE3R01).toBe('c2t');
    expect(MESSAGE_DIRECTIONS.IE3N99).toBe('c2t');
  });
});

describe('isMessageType', () => {
  it('accepts every listed id', () => {
    for (const id of Object.keys(MESSAGE_DIRECTIONS)) expect(isMessageType(id)).toBe(true);
  });

  it('refuses ids that do not exist, other types and inherited property names', () => {
    for (const v of [
      'IE3F52',
      'IE3A25',
      'ie3f32',
      '',
      'toString',
      '__proto__',
      'constructor',
      32,
      null,
      undefined,
    ]) {
      expect(isMessageType(v)).toBe(false);
    }
  });
});
