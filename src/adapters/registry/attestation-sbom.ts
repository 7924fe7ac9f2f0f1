import { type SbomKind, sbomKindOf } from './oci-media-types.js';

export type AttestationResult =
  | { readonly ok: true; readonly kind: SbomKind; readonly bytes: Uint8Array; readonly predicateType: string }
  | { readonly ok: false; readonly reason: string };

interface Statement {
  predicateType?: unknown;
  predicate?: unknown;
  subject?: { digest?: Record<string, string> }[];
}

/**
 * Takes the SBOM out of an attestation: a DSSE envelope (`payload` is a base64 in-toto statement), a
 * sigstore bundle holding one, or a bare in-toto statement. The statement must name `digest` among its
 * subjects (an attestation about another image is not this one's SBOM), and its predicate type must be
 * CycloneDX (`https://cyclonedx.org/bom…`) or SPDX (`https://spdx.dev/Document…`): the predicate is the SBOM.
 */
export function sbomFromAttestation(bytes: Uint8Array, digest: string): AttestationResult {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  const envelope = (json as { dsseEnvelope?: unknown }).dsseEnvelope ?? json;
  let statement = envelope as Statement;
  const { payload, payloadType } = envelope as { payload?: unknown; payloadType?: unknown };
  if (typeof payload === 'string') {
    if (payloadType !== 'application/vnd.in-toto+json')
      return { ok: false, reason: `DSSE payload type ${String(payloadType)}` };
    try {
      statement = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as Statement;
    } catch {
      return { ok: false, reason: 'DSSE payload is not an in-toto statement' };
    }
  }
  const hex = digest.slice('sha256:'.length);
  if (!(statement.subject ?? []).some((s) => s.digest?.sha256 === hex)) {
    return { ok: false, reason: `attestation subjects do not include ${digest}` };
  }
  const type = typeof statement.predicateType === 'string' ? statement.predicateType : '';
  const family = type.startsWith('https://cyclonedx.org/bom')
    ? 'cyclonedx'
    : type.startsWith('https://spdx.dev/Document')
      ? 'spdx'
      : undefined;
  if (!family) return { ok: false, reason: `predicate type ${type || '(none)'} is not an SBOM` };
  // cosign's generic predicates wrap the document as text in `Data`
  const inner = (statement.predicate as { Data?: unknown } | undefined)?.Data;
  const predicate = typeof inner === 'string' ? inner : statement.predicate;
  if (typeof predicate === 'string') {
    const kind: SbomKind =
      family === 'cyclonedx'
        ? predicate.trimStart().startsWith('<')
          ? 'cyclonedx-xml'
          : 'cyclonedx-json'
        : predicate.trimStart().startsWith('{')
          ? 'spdx-json'
          : 'spdx-tag-value';
    return { ok: true, kind, bytes: Buffer.from(predicate, 'utf8'), predicateType: type };
  }
  if (typeof predicate !== 'object' || predicate === null)
    return { ok: false, reason: `predicate of ${type} is empty` };
  const kind = sbomKindOf(
    family === 'cyclonedx' ? 'application/vnd.cyclonedx+json' : 'application/spdx+json',
  )!;
  return { ok: true, kind, bytes: Buffer.from(JSON.stringify(predicate), 'utf8'), predicateType: type };
}
