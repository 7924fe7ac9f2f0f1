import { describe, expect, it } from 'vitest';
import { parseInstant } from './instant.js';

describe('parseInstant', () => {
  it.each([
    ['2024-05-01T10:00:00Z', '2024-05-01T10:00:00.000Z'],
    ['2024-05-01T12:00:00+02:00', '2024-05-01T10:00:00.000Z'],
    ['2024-05-01T10:00:00.250Z', '2024-05-01T10:00:00.250Z'],
    ['2024-05-01', '2024-05-01T00:00:00.000Z'],
    ['2024-05-01 10:00Z', '2024-05-01T10:00:00.000Z'],
  ])('%s', (text, iso) => {
    expect(parseInstant(text, '--at')).toEqual({ ok: true, value: iso });
  });

  it.each(['yesterday', '2024-05-01T10:00:00', '2024-13-01', '1714557600', ''])('refuses %j', (text) => {
    const r = parseInstant(text, '--at');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ code: 'TIME_INVALID', path: '--at' });
  });
});
