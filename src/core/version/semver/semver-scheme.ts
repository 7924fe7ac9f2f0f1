import { basicProblem, M1, M2, natural } from '../sort-key.js';
import {
  defineScheme,
  invalid,
  type SchemeId,
  type VersionParse,
  type VersionScheme,
  validKey,
} from '../version-scheme.js';
import { identifiersKey, splitIdentifiers } from './identifiers.js';

// [v]MAJOR[.MINOR[.PATCH]] [.more…] [-PRE] [+BUILD]
const CORE = /^[vV]?(\d+)(?:\.(\d+)(?:\.(\d+))?)?/;

/** The parts of a lenient SemVer version; missing minor and patch are 0. */
export interface SemverParts {
  readonly major: string;
  readonly minor: string;
  readonly patch: string;
  readonly prerelease: readonly string[];
  readonly build: readonly string[];
}

/**
 * Parses the SemVer family's lenient syntax, or says why it is not valid. Beyond SemVer 2.0 it accepts a
 * `v` prefix, omitted minor/patch, leading zeros, numbers of any size and, unless `strictCore`, numeric
 * components after the patch, which count as build metadata (as OSV tooling reads them).
 */
export function parseSemverParts(version: string, strictCore = false): SemverParts | string {
  const problem = basicProblem(version);
  if (problem) return problem;
  const core = CORE.exec(version);
  if (!core) return 'expected MAJOR[.MINOR[.PATCH]] with decimal numbers';
  let rest = version.slice(core[0].length);
  let build: string[] = [];
  if (core[3] !== undefined && /^\.\d/.test(rest)) {
    if (strictCore) return 'more than three numeric components';
    // "1.1.3.4.5": everything after MAJOR.MINOR.PATCH is build metadata.
    const ids = splitIdentifiers(rest.slice(1), 'build');
    if (typeof ids === 'string') return ids;
    build = ids;
    rest = '';
  }
  let prerelease: string[] = [];
  const plus = rest.indexOf('+');
  const head = plus < 0 ? rest : rest.slice(0, plus);
  if (head !== '') {
    if (!head.startsWith('-'))
      return `unexpected ${JSON.stringify(head.slice(0, 20))} after the version numbers`;
    const ids = splitIdentifiers(head.slice(1), 'pre-release');
    if (typeof ids === 'string') return ids;
    prerelease = ids;
  }
  if (plus >= 0) {
    const ids = splitIdentifiers(rest.slice(plus + 1), 'build');
    if (typeof ids === 'string') return ids;
    build = ids;
  }
  return { major: core[1] ?? '0', minor: core[2] ?? '0', patch: core[3] ?? '0', prerelease, build };
}

/**
 * Key in SemVer 2.0 precedence: numbers, then "has no pre-release" above any pre-release, then the
 * pre-release identifiers; with `buildOrdered` (Pub, Julia) build metadata follows: none < any build.
 */
export function semverKey(parts: SemverParts, buildOrdered: boolean): string {
  let key = natural(parts.major) + natural(parts.minor) + natural(parts.patch);
  key += parts.prerelease.length === 0 ? M2 : M1 + identifiersKey(parts.prerelease);
  if (buildOrdered && parts.build.length > 0) key += M1 + identifiersKey(parts.build);
  return key;
}

/** A SemVer-family scheme; Pub and Julia order build metadata, SemVer itself ignores it. */
export function createSemverScheme(id: SchemeId, title: string, buildOrdered: boolean): VersionScheme {
  return defineScheme(id, title, (version): VersionParse => {
    const parts = parseSemverParts(version);
    return typeof parts === 'string' ? invalid(parts) : validKey(semverKey(parts, buildOrdered));
  });
}
