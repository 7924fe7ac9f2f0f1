import { basicProblem, numberListKey } from '../sort-key.js';
import { defineScheme, invalid, type VersionParse, validKey } from '../version-scheme.js';

/**
 * CRAN: R's `package_version` — numbers separated by `.` or `-`, compared one by one; with equal leading
 * numbers the shorter version is older (`0.1 < 0.1-0`), and `0.01` = `0.1`.
 * @example cran.compare('0.9', '0.75') // -1
 */
export const cran = defineScheme('cran', 'CRAN', (version): VersionParse => {
  const problem = basicProblem(version);
  if (problem) return invalid(problem);
  if (!/^\d+(?:[.-]\d+)*$/.test(version))
    return invalid('expected numbers separated by "." or "-", e.g. 1.2-3');
  return validKey(numberListKey(version.split(/[.-]/)));
});
