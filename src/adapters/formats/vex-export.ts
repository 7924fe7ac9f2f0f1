import { randomUUID } from 'node:crypto';
import type { ExportedVexStatement } from '../../app/vex/index.js';
import { parsePurl } from '../../core/purl/index.js';
import type { VexJustification } from '../../core/vex/index.js';

/** Who made a document, and for what: what every exported document says about itself. */
export interface VexExportHeader {
  readonly author: string;
  readonly environment: string;
  /** ISO 8601 UTC. */
  readonly timestamp: string;
  /** `vigil <version>`. */
  readonly tooling: string;
}

/**
 * OpenVEX 0.2.0: one statement per vulnerability × artifact × component, the artifact (its oci purl, its digest as
 * a hash) as the product and the component as its subcomponent; provenance in `status_notes`.
 */
export function toOpenVex(statements: readonly ExportedVexStatement[], header: VexExportHeader): unknown {
  return {
    '@context': 'https://openvex.dev/ns/v0.2.0',
    '@id': `urn:uuid:${randomUUID()}`,
    author: header.author,
    role: `operator of ${header.environment}`,
    timestamp: header.timestamp,
    version: 1,
    tooling: header.tooling,
    statements: statements.map((s) => ({
      vulnerability: { name: s.vulnerability, ...(s.aliases.length > 0 ? { aliases: s.aliases } : {}) },
      ...(s.timestamp ? { timestamp: s.timestamp } : {}),
      products: [
        {
          '@id': s.artifact.purl,
          identifiers: { purl: s.artifact.purl },
          hashes: { 'sha-256': s.artifact.digest.replace(/^sha256:/, '') },
          subcomponents: [{ '@id': s.component, identifiers: { purl: s.component } }],
        },
      ],
      status: s.status,
      ...(s.justification ? { justification: s.justification } : {}),
      ...(s.impactStatement ? { impact_statement: s.impactStatement } : {}),
      ...(s.actionStatement ? { action_statement: s.actionStatement } : {}),
      status_notes: s.notes,
    })),
  };
}

// The inverse of the import's CycloneDX → OpenVEX justification map (core/vex/cyclone-dx-analysis.ts): each label
// goes to a CycloneDX value the import reads back as the same label.
const CYCLONEDX_JUSTIFICATION: Readonly<Record<VexJustification, string>> = {
  component_not_present: 'requires_dependency',
  vulnerable_code_not_present: 'code_not_present',
  vulnerable_code_not_in_execute_path: 'code_not_reachable',
  vulnerable_code_cannot_be_controlled_by_adversary: 'requires_environment',
  inline_mitigations_already_exist: 'protected_by_mitigating_control',
};

/**
 * CycloneDX 1.6 VEX: each artifact a `container` component (its oci purl) with the components the statements name
 * nested in it — a statement about a nested component is about it in that image only — and one vulnerability
 * entry per statement, affecting the nested component.
 */
export function toCycloneDxVex(
  statements: readonly ExportedVexStatement[],
  header: VexExportHeader,
): unknown {
  const images = new Map<string, { name: string; purl: string; components: Map<string, string> }>();
  const refOf = (s: ExportedVexStatement): string => {
    let image = images.get(s.artifact.digest);
    if (!image) {
      image = { name: s.artifact.name, purl: s.artifact.purl, components: new Map() };
      images.set(s.artifact.digest, image);
    }
    const ref = `${s.artifact.digest}/${s.component}`;
    image.components.set(s.component, ref);
    return ref;
  };
  const vulnerabilities = statements.map((s) => {
    const ref = refOf(s);
    const state =
      s.status === 'not_affected'
        ? s.falsePositive
          ? 'false_positive'
          : 'not_affected'
        : s.status === 'fixed'
          ? 'resolved'
          : s.status === 'affected'
            ? 'exploitable'
            : 'in_triage';
    const detail = [s.impactStatement, s.actionStatement, s.notes].filter(Boolean).join('\n');
    return {
      id: s.vulnerability,
      ...(s.aliases.length > 0
        ? { references: s.aliases.map((id) => ({ id, source: { name: sourceOf(id) } })) }
        : {}),
      analysis: {
        state,
        ...(s.justification ? { justification: CYCLONEDX_JUSTIFICATION[s.justification] } : {}),
        ...(s.response ? { response: [s.response] } : {}),
        detail,
        ...(s.timestamp ? { lastUpdated: s.timestamp } : {}),
      },
      affects: [{ ref }],
    };
  });
  return {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber: `urn:uuid:${randomUUID()}`,
    version: 1,
    metadata: {
      timestamp: header.timestamp,
      authors: [{ name: header.author }],
      tools: {
        components: [
          {
            type: 'application',
            name: header.tooling.split(' ')[0],
            version: header.tooling.split(' ')[1] ?? '',
          },
        ],
      },
      properties: [{ name: 'vigil:environment', value: header.environment }],
    },
    components: [...images.entries()].map(([digest, image]) => ({
      type: 'container',
      'bom-ref': digest,
      name: image.name,
      version: digest,
      purl: image.purl,
      hashes: [{ alg: 'SHA-256', content: digest.replace(/^sha256:/, '') }],
      components: [...image.components.entries()].map(([purl, ref]) => ({
        type: 'library',
        'bom-ref': ref,
        ...nameAndVersion(purl),
        purl,
      })),
    })),
    vulnerabilities,
  };
}

/** Where an id is published, by its prefix: CVE → NVD, GHSA → GitHub, else OSV. */
function sourceOf(id: string): string {
  if (/^CVE-/i.test(id)) return 'NVD';
  if (/^GHSA-/i.test(id)) return 'GitHub';
  return 'OSV';
}

/** A component's group, name and version, from its canonical purl (CycloneDX requires a name). */
function nameAndVersion(purl: string): { group?: string; name: string; version: string } {
  const parsed = parsePurl(purl);
  if (!parsed.ok) return { name: purl, version: '' };
  const p = parsed.value;
  return { ...(p.namespace ? { group: p.namespace } : {}), name: p.name, version: p.version };
}
