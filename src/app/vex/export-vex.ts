import { ociPurl, parseImageReference } from '../../core/artifact/image-reference.js';
import { InputError, inputError } from '../../core/input/index.js';
import { formatPurl } from '../../core/purl/index.js';
import { parseTwinName } from '../../core/twin/index.js';
import type { VexJustification, VexStatus } from '../../core/vex/index.js';
import type { Exposure } from '../exposures/index.js';

/**
 * One statement of an exported VEX document: a vulnerability in one component of one artifact, with the status
 * Vigil holds for it and where that came from (docs/adr/082).
 */
export interface ExportedVexStatement {
  readonly vulnerability: string;
  /** Its other ids (GHSA, distro ids…). */
  readonly aliases: readonly string[];
  readonly artifact: {
    readonly digest: string;
    readonly name: string;
    /** `pkg:oci/<name>@<digest>?repository_url=<repository>`: the product. */
    readonly purl: string;
  };
  /** The component's canonical purl: the subcomponent. */
  readonly component: string;
  readonly status: VexStatus;
  readonly justification?: VexJustification;
  /** CycloneDX keeps these apart from `not_affected`; OpenVEX says not_affected with a justification. */
  readonly falsePositive: boolean;
  /** CycloneDX `analysis.response` for affected ones: `update` (a fix is coming), `will_not_fix` (risk accepted). */
  readonly response?: 'update' | 'will_not_fix';
  readonly impactStatement?: string;
  readonly actionStatement?: string;
  /** Provenance: the triage decision (who, when, why) or the VEX document it comes from, or that nobody triaged it. */
  readonly notes: string;
  /** When the status was decided (the decision or statement's time); absent: the document's. */
  readonly timestamp?: string;
}

/** How strongly an exposure's status claims safety: several workloads running one artifact export the weakest. */
const claim = (s: ExportedVexStatement): number =>
  s.status === 'not_affected' || s.status === 'fixed' ? 2 : s.status === 'under_investigation' ? 1 : 0;

/**
 * The VEX statements of exposures (docs/adr/082): one per vulnerability × artifact × component. The status is the
 * triage decision in force, else the VEX statement that applies, else `under_investigation` (detected, nobody has
 * assessed it yet). VEX speaks of artifacts, not workloads: where the workloads running one artifact were decided
 * differently, the statement makes the weakest claim (affected before under investigation before not affected).
 */
export function vexStatementsOf(exposures: readonly Exposure[]): ExportedVexStatement[] {
  const byKey = new Map<string, ExportedVexStatement>();
  for (const e of exposures) {
    const s = statementOf(e);
    const key = `${e.vulnerability}|${e.artifact}|${e.component.purl}`;
    const held = byKey.get(key);
    if (!held || claim(s) < claim(held)) byKey.set(key, s);
  }
  return [...byKey.values()].sort(
    (a, b) =>
      cmp(a.vulnerability, b.vulnerability) ||
      cmp(a.artifact.digest, b.artifact.digest) ||
      cmp(a.component, b.component),
  );
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function statementOf(e: Exposure): ExportedVexStatement {
  const base = {
    vulnerability: e.vulnerability,
    aliases: e.ids.filter((id) => id !== e.vulnerability),
    artifact: { digest: e.artifact, name: e.artifactName, purl: artifactPurl(e.artifactName, e.artifact) },
    component: e.component.purl,
    falsePositive: false,
  };
  const t = e.triage && !e.triage.expired ? e.triage : undefined;
  if (t) {
    const notes = `triage #${t.rule} ${t.state} by ${t.by} at ${t.at}: ${t.reason}`;
    const at = { notes, timestamp: t.at };
    switch (t.state) {
      case 'not_affected':
        return {
          ...base,
          ...at,
          status: 'not_affected',
          ...(t.justification ? { justification: t.justification } : {}),
          impactStatement: t.reason,
        };
      case 'false_positive':
        return {
          ...base,
          ...at,
          status: 'not_affected',
          justification: 'vulnerable_code_not_present',
          falsePositive: true,
          impactStatement: `false positive: ${t.reason}`,
        };
      case 'accepted_risk':
        return {
          ...base,
          ...at,
          status: 'affected',
          response: 'will_not_fix',
          actionStatement: `risk accepted until ${t.expiresAt}: ${t.reason}`,
        };
      case 'will_fix':
        return {
          ...base,
          ...at,
          status: 'affected',
          response: 'update',
          actionStatement: upgrade(e, t.reason),
        };
      case 'affected':
        return { ...base, ...at, status: 'affected', actionStatement: upgrade(e, t.reason) };
      case 'in_triage':
        return { ...base, ...at, status: 'under_investigation' };
    }
  }
  if (e.vex) {
    const v = e.vex;
    return {
      ...base,
      status: v.status,
      ...(v.justification ? { justification: v.justification } : {}),
      ...(v.impactStatement ? { impactStatement: v.impactStatement } : {}),
      ...(v.status === 'affected'
        ? { actionStatement: v.actionStatement ?? upgrade(e, 'as the supplier says') }
        : {}),
      notes: `from the VEX document ${v.document || '(no id)'} read from ${v.source}`,
      ...(v.timestamp ? { timestamp: v.timestamp } : {}),
    };
  }
  return {
    ...base,
    status: 'under_investigation',
    notes: `detected by Vigil (${e.matched}); not triaged yet`,
  };
}

const upgrade = (e: Exposure, why: string): string =>
  e.fixedVersion
    ? `upgrade ${e.component.name} to ${e.fixedVersion} (${why})`
    : `no fixed version is known yet (${why})`;

/** The artifact as a product: its image's oci purl, or, known by name only, that name at the digest. */
function artifactPurl(artifactName: string, digest: string): string {
  const image = parseImageReference(artifactName);
  return formatPurl(ociPurl(image.ok ? image.value.repository : artifactName, digest));
}

export const VEX_EXPORT_FORMATS = ['openvex', 'cyclonedx'] as const;
export type VexExportFormat = (typeof VEX_EXPORT_FORMATS)[number];

export interface VexExportDeps {
  /** Whether the twin has the environment. */
  readonly environmentExists: (environment: string) => Promise<boolean>;
  /** Every exposure of the environment now, suppressed ones too. */
  readonly exposures: (environment: string) => Promise<readonly Exposure[]>;
}

/**
 * The VEX statements of one environment, checked first: a known format and an environment of the twin.
 * @throws InputError (fields `format`, `environment`).
 */
export async function exportVex(
  deps: VexExportDeps,
  ask: { readonly environment?: string | undefined; readonly format?: string | undefined },
): Promise<{ environment: string; format: VexExportFormat; statements: ExportedVexStatement[] }> {
  const format = (ask.format ?? 'openvex').toLowerCase();
  if (!(VEX_EXPORT_FORMATS as readonly string[]).includes(format))
    throw inputError(
      'OPTION_INVALID',
      'format',
      `"${ask.format}" is not an export format; expected openvex or cyclonedx`,
    );
  if (ask.environment === undefined)
    throw inputError('OPTION_INVALID', 'environment', 'a VEX document speaks for one environment: name it');
  const name = parseTwinName(ask.environment, 'environment', 'an environment');
  if (!name.ok) throw new InputError(name.issues);
  if (!(await deps.environmentExists(name.value)))
    throw inputError(
      'ENVIRONMENT_UNKNOWN',
      'environment',
      `"${name.value}" is not an environment of the twin`,
    );
  return {
    environment: name.value,
    format: format as VexExportFormat,
    statements: vexStatementsOf(await deps.exposures(name.value)),
  };
}
