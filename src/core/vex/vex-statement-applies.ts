import { type Purl, purlPackageKey } from '../purl/index.js';
import type { VexScope, VexStatement } from './vex-statement.js';

/** What a statement is checked against: one advisory on one component of one artifact. */
export interface VexTarget {
  /** The advisory's id and all its aliases. */
  readonly ids: readonly string[];
  /** `sha256:…` of the artifact the component is in. */
  readonly artifactDigest?: string;
  /** Purls naming the artifact, e.g. `pkg:oci/app@sha256:…?repository_url=ghcr.io/acme/app`. */
  readonly artifactPurls?: readonly Purl[];
  readonly component: Purl;
  /**
   * Whether a component's version is in a `vers:` range (CycloneDX and CSAF ranges). Without it a scope given
   * as a range matches nothing: a statement is never applied on a guess.
   */
  readonly versionInRange?: (range: string, component: Purl) => boolean;
}

/** How a statement applies: through which scope, and how specifically (higher is more specific). */
export interface VexMatch {
  readonly scope: VexScope;
  readonly specificity: number;
}

/**
 * Whether a statement applies to an advisory on a component (README.md "Matching"): one of its ids is among
 * the advisory's ids, and a product scope matches the artifact or the component, and, when the scope lists
 * subcomponents, one of them matches the component.
 */
export function vexStatementApplies(statement: VexStatement, target: VexTarget): boolean {
  return matchVexStatement(statement, target) !== undefined;
}

/**
 * The most specific way a statement applies to a target, or undefined. Specificity: the product is the
 * artifact (+4), a subcomponent names the component (+2), the purl naming the component has a version (+1).
 */
export function matchVexStatement(statement: VexStatement, target: VexTarget): VexMatch | undefined {
  if (!sharesId(statement, target.ids)) return undefined;
  let best: VexMatch | undefined;
  for (const scope of statement.products) {
    const specificity = scopeSpecificity(scope, target);
    if (specificity !== undefined && (best === undefined || specificity > best.specificity))
      best = { scope, specificity };
  }
  return best;
}

function sharesId(statement: VexStatement, ids: readonly string[]): boolean {
  // Ids compare case-insensitively: GHSA ids are written in either case.
  const wanted = new Set(ids.map((id) => id.toUpperCase()));
  return (
    wanted.has(statement.vulnerability.toUpperCase()) ||
    statement.aliases.some((a) => wanted.has(a.toUpperCase()))
  );
}

function scopeSpecificity(scope: VexScope, target: VexTarget): number | undefined {
  const isArtifact = matchesArtifact(scope, target);
  const asComponent = !isArtifact && scopePurlMatches(scope, target.component, target);
  if (!isArtifact && !asComponent) return undefined;
  const listed = scope.subcomponents.length + (scope.unresolvedSubcomponents?.length ?? 0);
  if (listed === 0) return isArtifact ? 4 : versioned(scope.purl);
  const sub = scope.subcomponents.find((s) => purlMatches(s, target.component));
  if (!sub) return undefined;
  return (isArtifact ? 4 : 0) + 2 + versioned(sub);
}

const versioned = (purl: Purl | undefined): number => (purl?.version ? 1 : 0);

/** The scope names the artifact: by digest, by a `pkg:oci` purl whose version is the digest, or by its purls. */
function matchesArtifact(scope: VexScope, target: VexTarget): boolean {
  const digest = target.artifactDigest;
  if (digest && scope.digest === digest) return true;
  if (digest && scope.purl?.type === 'oci' && scope.purl.version === digest) return true;
  return (target.artifactPurls ?? []).some((p) => scopePurlMatches(scope, p, target));
}

/** The scope's purl matches, and its version is in the scope's `vers:` range if it gives one. */
function scopePurlMatches(scope: VexScope, actual: Purl, target: VexTarget): boolean {
  if (!scope.purl || !purlMatches(scope.purl, actual)) return false;
  return scope.versionRange === undefined || (target.versionInRange?.(scope.versionRange, actual) ?? false);
}

// Qualifiers that tell builds of one package version apart; when both sides give one they must agree.
// Others (distro, os_version, type…) are written differently by each producer and would only cause misses.
const DISTINGUISHING_QUALIFIERS = ['arch', 'epoch', 'repository_url'] as const;

/**
 * A purl from a statement matches an actual purl: same package (`purlPackageKey`), the same version when the
 * statement gives one, and no distinguishing qualifier (arch, epoch, repository_url) that disagrees.
 */
export function purlMatches(scope: Purl, actual: Purl): boolean {
  if (purlPackageKey(scope) !== purlPackageKey(actual)) return false;
  if (scope.version && scope.version !== actual.version) return false;
  return DISTINGUISHING_QUALIFIERS.every((key) => {
    const a = scope.qualifiers[key];
    const b = actual.qualifiers[key];
    return a === undefined || b === undefined || qualifierValue(key, a) === qualifierValue(key, b);
  });
}

function qualifierValue(key: string, value: string): string {
  if (key !== 'repository_url') return value;
  // docker.io is also written index.docker.io or registry-1.docker.io, with or without a scheme.
  return value
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^(index|registry-1)\.docker\.io\//, 'docker.io/')
    .replace(/\/+$/, '');
}
