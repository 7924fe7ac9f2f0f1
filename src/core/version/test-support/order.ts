import { expect } from 'vitest';
import type { Ordering, VersionScheme } from '../version-scheme.js';

export type Op = '<' | '=' | '>';

export const opOf = (o: Ordering): Op => (o < 0 ? '<' : o > 0 ? '>' : '=');

/** Asserts `a op b` and its mirror `b op' a` in the scheme. */
export function expectOrder(scheme: VersionScheme, a: string, op: Op, b: string): void {
  expect(`${a} ${opOf(scheme.compare(a, b))} ${b}`).toBe(`${a} ${op} ${b}`);
  const mirror: Op = op === '<' ? '>' : op === '>' ? '<' : '=';
  expect(`${b} ${opOf(scheme.compare(b, a))} ${a}`).toBe(`${b} ${mirror} ${a}`);
}

/** Asserts the scheme rejects the version, with a reason. */
export function expectInvalid(scheme: VersionScheme, version: string): void {
  const parsed = scheme.parse(version);
  expect(parsed.ok, `${JSON.stringify(version)} should be invalid in ${scheme.title}`).toBe(false);
  if (!parsed.ok) expect(parsed.reason.length).toBeGreaterThan(0);
}

/** Asserts that sorting the shuffled list gives the list back (it is given in ascending order). */
export function expectSorted(scheme: VersionScheme, ascending: readonly string[]): void {
  const shuffled = [...ascending].reverse();
  shuffled.sort((x, y) => scheme.compare(x, y));
  expect(shuffled).toEqual(ascending);
}
