import type { PackageVersionRef } from '../../core/matching/index.js';
import type { StoredVexStatement } from '../vex/index.js';
import type { ExposureFilter, ExposureRepository, ExposureRow } from './ports.js';

/**
 * What a write changed, for the live index to re-read: the store stays the truth, and each change names the
 * part of it to read again. Changes merge; `all` re-reads everything (after a full evaluation, or when changes
 * may have been missed).
 */
export interface IndexChange {
  /** Artifacts (digests) whose current SBOMs, name or image names changed. */
  readonly artifacts?: readonly string[];
  /** Environments whose attributes, workloads or deployments changed. */
  readonly environments?: readonly string[];
  /** Findings re-written for these package versions and advisories. */
  readonly findings?: {
    readonly packageVersions?: readonly number[];
    readonly advisories?: readonly string[];
  };
  readonly vex?: boolean;
  readonly all?: boolean;
}

/** An artifact as the index holds it. */
export interface IndexedArtifact {
  readonly digest: string;
  readonly name: string;
  readonly aliases: readonly { readonly repository: string; readonly tag: string }[];
  /** The package versions of its current SBOMs (none: no SBOM). */
  readonly packageVersions: readonly number[];
}

/** One open deployment of a present workload. */
export interface IndexedDeployment {
  readonly digest: string;
  readonly observed: boolean;
  readonly source: string;
  readonly firstSeen: string;
}

export interface IndexedWorkload {
  readonly namespace: string;
  readonly name: string;
  readonly kind: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly attributes: ExposureRow['workload']['attributes'];
  readonly deployments: readonly IndexedDeployment[];
}

export interface IndexedEnvironment {
  readonly environment: ExposureRow['environment'];
  /** Present workloads (not removed), each with its open deployments. */
  readonly workloads: readonly IndexedWorkload[];
}

/** An affected finding. */
export interface IndexedFinding {
  readonly packageVersionId: number;
  readonly advisoryId: string;
  readonly reason: string;
  readonly fixedVersion: string | null;
}

/** The store reads the index is built and refreshed from. Each read reflects every write committed before it. */
export interface IndexSource {
  /** These artifacts (absent: all) that have a current SBOM; the others are left out. */
  artifacts(digests?: readonly string[]): Promise<IndexedArtifact[]>;
  /** Name and image names only (cheap): for artifacts a deployment may have named anew. */
  artifactNames(digests: readonly string[]): Promise<Omit<IndexedArtifact, 'packageVersions'>[]>;
  packageVersions(ids: readonly number[]): Promise<(PackageVersionRef & { readonly id: number })[]>;
  /** Affected findings of these package versions or advisories (absent: all). */
  findings(scope?: {
    readonly packageVersions?: readonly number[];
    readonly advisories?: readonly string[];
  }): Promise<IndexedFinding[]>;
  /** These environments (absent: all); unknown names are left out. */
  environments(names?: readonly string[]): Promise<IndexedEnvironment[]>;
  /** The vulnerability group of each advisory id that exists (groups move when feeds regroup aliases). */
  vulnerabilitiesOf(advisoryIds: readonly string[]): Promise<Map<string, string>>;
}

interface ArtifactEntry {
  readonly name: string;
  readonly aliases: IndexedArtifact['aliases'];
  packageVersions: ReadonlySet<number>;
}

interface Placement {
  readonly environment: ExposureRow['environment'];
  readonly workload: ExposureRow['workload'];
  readonly observed: boolean;
  readonly sources: readonly string[];
  readonly firstSeen: string;
}

/** Everything the index holds, in plain sorted form: what the rebuild-and-compare test compares. */
export interface IndexSnapshot {
  readonly artifacts: readonly (IndexedArtifact & { readonly placements: readonly string[] })[];
  readonly packageVersions: readonly (PackageVersionRef & { readonly id: number })[];
  readonly findings: readonly IndexedFinding[];
  readonly environments: readonly IndexedEnvironment[];
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const placementKey = (environment: string, w: { namespace: string; name: string }): string =>
  `${environment}\u0000${w.namespace}\u0000${w.name}`;

function entry<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

function removeFrom<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
}

/**
 * The design's reverse index, in memory: package version → artifacts whose current SBOM holds it → workloads
 * running (or declared to run) them → environments, with the affected findings of each package version. Built
 * from the store (`load`), kept current by the changes every write reports (`enqueue`, applied in order by
 * `settle`), and answering the exposure rows of any advisory without a join in the store.
 *
 * Why hand-written: it is the twin's own shape; no library holds it.
 */
export function createLiveIndex(source: IndexSource) {
  const artifacts = new Map<string, ArtifactEntry>();
  const artifactsOf = new Map<number, Set<string>>();
  const packages = new Map<number, PackageVersionRef>();
  const findingsOf = new Map<number, Map<string, IndexedFinding>>();
  const withAdvisory = new Map<string, Set<number>>();
  const environments = new Map<string, IndexedEnvironment>();
  /** digest → placement keys (environment, namespace, workload) → the placement. */
  const placements = new Map<string, Map<string, Placement>>();
  let vexCache: Promise<StoredVexStatement[]> | undefined;
  /** digest → package version → component path, read from the store on first use, dropped with the SBOM. */
  const paths = new Map<string, Map<number, string[]>>();

  let pending: IndexChange[] = [];
  let applying: Promise<void> | undefined;

  const setArtifact = (a: Omit<IndexedArtifact, 'packageVersions'>, pvs: ReadonlySet<number>): void => {
    const before = artifacts.get(a.digest);
    for (const pv of before?.packageVersions ?? []) if (!pvs.has(pv)) removeFrom(artifactsOf, pv, a.digest);
    for (const pv of pvs) addTo(artifactsOf, pv, a.digest);
    artifacts.set(a.digest, { name: a.name, aliases: a.aliases, packageVersions: pvs });
  };
  const dropArtifact = (digest: string): void => {
    for (const pv of artifacts.get(digest)?.packageVersions ?? []) removeFrom(artifactsOf, pv, digest);
    artifacts.delete(digest);
  };

  const setFinding = (f: IndexedFinding): void => {
    entry(findingsOf, f.packageVersionId, () => new Map<string, IndexedFinding>()).set(f.advisoryId, f);
    addTo(withAdvisory, f.advisoryId, f.packageVersionId);
  };
  const dropFinding = (pv: number, advisory: string): void => {
    const list = findingsOf.get(pv);
    if (!list?.delete(advisory)) return;
    if (list.size === 0) findingsOf.delete(pv);
    removeFrom(withAdvisory, advisory, pv);
  };

  const setEnvironment = (env: IndexedEnvironment): void => {
    dropEnvironment(env.environment.name);
    environments.set(env.environment.name, env);
    for (const w of env.workloads) {
      const byDigest = new Map<string, IndexedDeployment[]>();
      for (const d of w.deployments) {
        const list = byDigest.get(d.digest);
        if (list) list.push(d);
        else byDigest.set(d.digest, [d]);
      }
      const workload: ExposureRow['workload'] = {
        namespace: w.namespace,
        name: w.name,
        kind: w.kind,
        labels: w.labels,
        attributes: w.attributes,
      };
      for (const [digest, ds] of byDigest) {
        entry(placements, digest, () => new Map<string, Placement>()).set(
          placementKey(env.environment.name, w),
          {
            environment: env.environment,
            workload,
            observed: ds.some((d) => d.observed),
            sources: [...new Set(ds.map((d) => d.source))].sort(byText),
            firstSeen: ds.map((d) => d.firstSeen).sort(byText)[0] as string,
          },
        );
      }
    }
  };
  const dropEnvironment = (name: string): void => {
    const env = environments.get(name);
    if (!env) return;
    environments.delete(name);
    for (const w of env.workloads) {
      for (const digest of new Set(w.deployments.map((d) => d.digest))) {
        const map = placements.get(digest);
        map?.delete(placementKey(name, w));
        if (map?.size === 0) placements.delete(digest);
      }
    }
  };

  /** Package versions referenced but not yet known: read once (they never change). */
  const loadPackages = async (ids: Iterable<number>): Promise<void> => {
    const missing = [...new Set(ids)].filter((id) => !packages.has(id));
    if (missing.length === 0) return;
    for (const p of await source.packageVersions(missing)) {
      const { id, ...ref } = p;
      packages.set(id, ref);
    }
  };

  const rebuild = async (): Promise<void> => {
    const [as, fs, es] = await Promise.all([source.artifacts(), source.findings(), source.environments()]);
    artifacts.clear();
    artifactsOf.clear();
    findingsOf.clear();
    withAdvisory.clear();
    environments.clear();
    placements.clear();
    vexCache = undefined;
    for (const a of as) setArtifact(a, new Set(a.packageVersions));
    for (const f of fs) setFinding(f);
    for (const e of es) setEnvironment(e);
    paths.clear();
    await loadPackages([...artifactsOf.keys(), ...findingsOf.keys()]);
  };

  const apply = async (change: IndexChange): Promise<void> => {
    if (change.all) {
      await rebuild();
      return;
    }
    if (change.vex) vexCache = undefined;
    if (change.artifacts?.length) {
      const found = await source.artifacts(change.artifacts);
      const seen = new Set(found.map((a) => a.digest));
      for (const a of found) setArtifact(a, new Set(a.packageVersions));
      for (const d of change.artifacts) {
        if (!seen.has(d)) dropArtifact(d);
        paths.delete(d);
      }
      await loadPackages(found.flatMap((a) => a.packageVersions));
    }
    if (change.findings) {
      const pvs = change.findings.packageVersions ?? [];
      const advisories = change.findings.advisories ?? [];
      if (pvs.length || advisories.length) {
        const fresh = await source.findings({ packageVersions: pvs, advisories });
        for (const pv of pvs) for (const a of [...(findingsOf.get(pv)?.keys() ?? [])]) dropFinding(pv, a);
        for (const a of advisories) for (const pv of [...(withAdvisory.get(a) ?? [])]) dropFinding(pv, a);
        for (const f of fresh) setFinding(f);
        await loadPackages(fresh.map((f) => f.packageVersionId));
      }
    }
    if (change.environments?.length) {
      const found = await source.environments(change.environments);
      const seen = new Set(found.map((e) => e.environment.name));
      for (const e of found) setEnvironment(e);
      for (const name of change.environments) if (!seen.has(name)) dropEnvironment(name);
      // A deployment can name an image anew: the rows show an artifact's image names.
      const deployed = new Set(
        found.flatMap((e) => e.workloads.flatMap((w) => w.deployments.map((d) => d.digest))),
      );
      const known = [...deployed].filter((d) => artifacts.has(d));
      for (const a of await source.artifactNames(known)) {
        const entry = artifacts.get(a.digest);
        if (entry) artifacts.set(a.digest, { ...a, packageVersions: entry.packageVersions });
      }
    }
  };

  const drain = async (): Promise<void> => {
    while (pending.length > 0) {
      const batch = merge(pending);
      pending = [];
      try {
        await apply(batch);
      } catch (error) {
        // The store could not be read: keep the change for the next settle, so nothing is lost.
        pending.unshift(batch);
        throw error;
      }
    }
  };

  const rowsOf = (pv: number, finding: IndexedFinding, vulnerability: string, filter: ExposureFilter) => {
    const rows: ExposureRow[] = [];
    const pkg = packages.get(pv);
    if (!pkg) return rows;
    const allowed = filter.environments ? new Set(filter.environments) : undefined;
    for (const digest of artifactsOf.get(pv) ?? []) {
      const artifact = artifacts.get(digest);
      const here = placements.get(digest);
      if (!artifact || !here) continue;
      for (const p of here.values()) {
        const env = p.environment.name;
        if (filter.environment !== undefined && env !== filter.environment) continue;
        if (allowed && !allowed.has(env)) continue;
        rows.push({
          packageVersionId: pv,
          advisoryId: finding.advisoryId,
          vulnerabilityId: vulnerability,
          reason: finding.reason,
          fixedVersion: finding.fixedVersion,
          package: pkg,
          artifact: { digest, name: artifact.name, aliases: artifact.aliases },
          workload: p.workload,
          environment: p.environment,
          observed: p.observed,
          sources: p.sources,
          firstSeen: p.firstSeen,
        });
      }
    }
    return rows;
  };

  return {
    /** Reads everything from the store (at start). */
    load: async (): Promise<void> => {
      pending = [{ all: true }];
      await settle();
    },
    /** Notes a change; it is read when the index next settles. */
    enqueue: (change: IndexChange): void => {
      pending.push(change);
    },
    /** Applies every change noted so far; concurrent callers share one pass. */
    settle,
    /**
     * An exposure repository answering rows, VEX statements and component paths from memory (paths are read
     * from `store` once per artifact's SBOM and kept), everything else from `store`. Rows hold what was
     * settled last: callers settle first.
     */
    repository: (store: ExposureRepository): ExposureRepository => {
      return {
        ...store,
        async exposureRows(filter) {
          if (filter.at !== undefined) return store.exposureRows(filter); // the index holds the present only
          const pairs: [number, IndexedFinding][] = [];
          if (filter.advisoryIds) {
            for (const a of new Set(filter.advisoryIds))
              for (const pv of withAdvisory.get(a) ?? []) {
                const f = findingsOf.get(pv)?.get(a);
                if (f) pairs.push([pv, f]);
              }
          } else {
            for (const [pv, list] of findingsOf) for (const f of list.values()) pairs.push([pv, f]);
          }
          const placed = pairs.filter(([pv]) => artifactsOf.has(pv));
          const groups = await source.vulnerabilitiesOf([...new Set(placed.map(([, f]) => f.advisoryId))]);
          return placed.flatMap(([pv, f]) => {
            const vulnerability = groups.get(f.advisoryId);
            return vulnerability === undefined ? [] : rowsOf(pv, f, vulnerability, filter);
          });
        },
        vexStatements() {
          vexCache ??= store.vexStatements().catch((error: unknown) => {
            vexCache = undefined;
            throw error;
          });
          return vexCache;
        },
        async componentPaths(targets) {
          const missing = targets.filter((t) => !paths.get(t.artifactDigest)?.has(t.packageVersionId));
          const found = await store.componentPaths(missing);
          missing.forEach((t, i) => {
            entry(paths, t.artifactDigest, () => new Map<number, string[]>()).set(
              t.packageVersionId,
              found[i] ?? [],
            );
          });
          return targets.map((t) => paths.get(t.artifactDigest)?.get(t.packageVersionId) ?? []);
        },
      };
    },
    /** The whole index in sorted plain form. */
    snapshot: (): IndexSnapshot => ({
      artifacts: [...artifacts]
        .map(([digest, a]) => ({
          digest,
          name: a.name,
          aliases: a.aliases,
          packageVersions: [...a.packageVersions].sort((x, y) => x - y),
          placements: [...(placements.get(digest)?.keys() ?? [])].sort(byText),
        }))
        .sort((x, y) => byText(x.digest, y.digest)),
      packageVersions: [...packages]
        .filter(([id]) => artifactsOf.has(id) || findingsOf.has(id))
        .map(([id, p]) => ({ id, ...p }))
        .sort((x, y) => x.id - y.id),
      findings: [...findingsOf.values()]
        .flatMap((m) => [...m.values()])
        .sort((x, y) => x.packageVersionId - y.packageVersionId || byText(x.advisoryId, y.advisoryId)),
      environments: [...environments.values()]
        .map((e) => ({
          environment: e.environment,
          workloads: [...e.workloads]
            .map((w) => ({
              ...w,
              deployments: [...w.deployments].sort(
                (x, y) =>
                  byText(x.digest, y.digest) ||
                  byText(x.source, y.source) ||
                  byText(x.firstSeen, y.firstSeen),
              ),
            }))
            .sort((x, y) => byText(x.namespace, y.namespace) || byText(x.name, y.name)),
        }))
        .sort((x, y) => byText(x.environment.name, y.environment.name)),
    }),
    /** Sizes, for `/metrics`. */
    size: () => ({
      artifacts: artifacts.size,
      packageVersions: artifactsOf.size,
      findings: [...findingsOf.values()].reduce((n, m) => n + m.size, 0),
      placements: [...placements.values()].reduce((n, m) => n + m.size, 0),
    }),
  };

  function settle(): Promise<void> {
    applying ??= drain().finally(() => {
      applying = undefined;
    });
    return applying;
  }
}

/** One change covering all of `changes`. */
export function merge(changes: readonly IndexChange[]): IndexChange {
  if (changes.some((c) => c.all)) return { all: true };
  const union = (pick: (c: IndexChange) => readonly (string | number)[] | undefined) => [
    ...new Set(changes.flatMap((c) => pick(c) ?? [])),
  ];
  return {
    artifacts: union((c) => c.artifacts) as string[],
    environments: union((c) => c.environments) as string[],
    findings: {
      packageVersions: union((c) => c.findings?.packageVersions) as number[],
      advisories: union((c) => c.findings?.advisories) as string[],
    },
    vex: changes.some((c) => c.vex),
  };
}

export type LiveIndex = ReturnType<typeof createLiveIndex>;
