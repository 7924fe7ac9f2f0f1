import { basicProblem, numberListKey } from '../sort-key.js';
import { defineScheme, invalid, type VersionParse, validKey } from '../version-scheme.js';

/**
 * Hackage and GHC: Cabal's `Version` (the Haskell PVP) — dot-separated numbers compared as lists, so
 * `1.0 < 1.0.0`.
 * @example hackage.compare('0.11.3.0', '1.0') // -1
 */
export const hackage = defineScheme('hackage', 'Hackage', (version): VersionParse => {
  const problem = basicProblem(version);
  if (problem) return invalid(problem);
  if (!/^\d+(?:\.\d+)*$/.test(version)) return invalid('expected dot-separated numbers, e.g. 1.2.0.4');
  return validKey(numberListKey(version.split('.')));
});
