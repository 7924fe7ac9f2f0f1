import { basicProblem, M1, M2, M3, M4, M5, natural } from '../sort-key.js';
import { defineScheme, invalid, type VersionParse, validKey } from '../version-scheme.js';
import { legacyKey } from './legacy-version.js';

// PEP 440, Appendix B ("the canonical regular expression"), case-insensitive, surrounding whitespace allowed.
const PEP440 =
  /^\s*v?(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?(\d+)?)?(?:-(\d+)|[-_.]?(post|rev|r)[-_.]?(\d+)?)?(?:[-_.]?(dev)[-_.]?(\d+)?)?(?:\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?\s*$/i;

// Pre-release phases in order; PEP 440 spellings: alpha→a, beta→b, c/pre/preview→rc.
const PHASE: Record<string, string> = {
  a: M2,
  alpha: M2,
  b: M3,
  beta: M3,
  c: M4,
  rc: M4,
  pre: M4,
  preview: M4,
};

/**
 * Key in the order of `packaging.version.Version` (PEP 440 "Summary of permitted suffixes and relative
 * ordering"): epoch, release without trailing zeros, pre-release (a < b < rc; a dev release of a final
 * sorts before its pre-releases), post-release, dev-release, then the local label.
 */
function pep440Key(m: RegExpExecArray): string {
  const [, epoch, release, phase, phaseN, postImplicit, post, postN, dev, devN, local] = m;
  const numbers = (release ?? '0').split('.');
  while (numbers.length > 1 && /^0+$/.test(numbers[numbers.length - 1] ?? '')) numbers.pop();
  // M2 marks a valid version; legacy versions (M1) sort before all of them, as in packaging < 22.
  let key = M2 + natural(epoch ?? '0');
  for (const n of numbers) key += natural(n);
  key += M1;
  const hasPost = postImplicit !== undefined || post !== undefined;
  if (phase !== undefined) key += (PHASE[phase.toLowerCase()] ?? M4) + natural(phaseN ?? '0');
  // "1.0.dev0 < 1.0a0": a dev release with no pre or post label sorts before every pre-release.
  else key += dev !== undefined && !hasPost ? M1 : M5;
  key += hasPost ? M2 + natural(postImplicit ?? postN ?? '0') : M1;
  key += dev !== undefined ? M1 + natural(devN ?? '0') : M2;
  key += local === undefined ? M1 : M2 + localKey(local);
  return key;
}

// Local label: segments split on [-_.]; numeric segments sort after alphanumeric ones, a shorter label first.
function localKey(local: string): string {
  let key = '';
  for (const segment of local.toLowerCase().split(/[-_.]/))
    key += /^\d+$/.test(segment) ? M3 + natural(segment) : M2 + segment + M1;
  return key + M1;
}

/**
 * PyPI: PEP 440 in full (epochs, pre/post/dev releases, local versions, the normalisations of §"Normalization").
 * A string that is not PEP 440 is a legacy version, ordered by setuptools' pre-PEP 440 rules before every
 * PEP 440 version, as pip did until 22.0 and as OSV.dev still does; see README.md.
 * @example pep440.compare('1.0.post1', '1.0a1') // 1
 */
export const pep440 = defineScheme('pep440', 'PEP 440', (version): VersionParse => {
  const problem = basicProblem(version);
  if (problem) return invalid(problem);
  const m = PEP440.exec(version);
  if (m) return validKey(pep440Key(m));
  const legacy = legacyKey(version);
  return typeof legacy === 'string' ? validKey(M1 + legacy) : invalid(legacy.reason);
});

/** True when the version is PEP 440 (not only a legacy version). */
export const isPep440 = (version: string): boolean =>
  basicProblem(version) === undefined && PEP440.test(version);
