import { identifiersKey, splitIdentifiers } from '../semver/index.js';
import { basicProblem, M1, M2, natural } from '../sort-key.js';
import { defineScheme, invalid, type VersionParse, validKey } from '../version-scheme.js';

const NUMBERS = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.(\d+))?(?=$|[-+])/;

/**
 * NuGet (NuGetVersion): one to four numbers (missing ones are 0, so `1.0` = `1.0.0.0`), leading zeros
 * allowed; a SemVer 2.0 pre-release compared case-insensitively; build metadata after `+` ignored.
 * @example nuget.compare('1.0.0-BETA', '1.0.0-beta+x') // 0
 */
export const nuget = defineScheme('nuget', 'NuGet', (version): VersionParse => {
  const problem = basicProblem(version);
  if (problem) return invalid(problem);
  const m = NUMBERS.exec(version);
  if (!m) return invalid('expected one to four dot-separated numbers, e.g. 1.2.3 or 1.2.3.4');
  let rest = version.slice(m[0].length);
  const plus = rest.indexOf('+');
  if (plus >= 0) {
    const build = splitIdentifiers(rest.slice(plus + 1), 'build');
    if (typeof build === 'string') return invalid(build);
    rest = rest.slice(0, plus);
  }
  let key = natural(m[1] ?? '0') + natural(m[2] ?? '0') + natural(m[3] ?? '0') + natural(m[4] ?? '0');
  if (rest === '') return validKey(key + M2);
  const ids = splitIdentifiers(rest.slice(1), 'pre-release');
  if (typeof ids === 'string') return invalid(ids);
  key += M1 + identifiersKey(ids, true);
  return validKey(key);
});
