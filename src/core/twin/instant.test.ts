import { describe, expect, it } from 'vitest';
import { MAX_CLOCK_SKEW_MS, parseEvidenceInstant, parseInstant } from './instant.js';

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

describe('parseInstant refuses what a calendar does not hold, rather than rolling it over', () => {
  it.each([
    ['2024-02-30', /no such calendar date/],
    ['2023-02-29', /no such calendar date/],
    ['2024-04-31T10:00:00Z', /no such calendar date/],
    ['2024-05-01T24:00:00Z', /no such time of day/],
    ['2024-05-01T10:60:00Z', /no such time of day/],
    ['2024-05-01T10:00:61Z', /no such time of day/],
    ['2024-05-01T10:00:00+25:00', /no such time of day/],
    ['0000-01-01', /before 1970/],
    ['1969-12-31T23:59:59Z', /before 1970/],
    ['1970-01-01T00:30:00+01:00', /before 1970/],
  ])('%s', (text, why) => {
    const r = parseInstant(text, '--at');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues[0]).toMatchObject({
        code: 'TIME_INVALID',
        path: '--at',
        message: expect.stringMatching(why),
      });
  });

  it('takes a leap day and the last second of a day', () => {
    expect(parseInstant('2024-02-29', 'at')).toEqual({ ok: true, value: '2024-02-29T00:00:00.000Z' });
    expect(parseInstant('2024-12-31T23:59:59Z', 'at')).toEqual({
      ok: true,
      value: '2024-12-31T23:59:59.000Z',
    });
  });
});

describe('parseEvidenceInstant', () => {
  const now = new Date('2026-12-04T12:00:00Z');
  it('takes the past and a clock a little ahead, and refuses the future beyond the skew', () => {
    expect(parseEvidenceInstant('2026-12-01', 'at', now).ok).toBe(true);
    const ahead = new Date(now.getTime() + MAX_CLOCK_SKEW_MS).toISOString();
    expect(parseEvidenceInstant(ahead, 'at', now).ok).toBe(true);
    const r = parseEvidenceInstant('9999-12-31', 'at', now);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues[0]).toMatchObject({
        code: 'TIME_INVALID',
        path: 'at',
        message: expect.stringMatching(/in the future/),
      });
    expect(parseEvidenceInstant('2026-02-30', 'at', now).ok).toBe(false);
  });
});
