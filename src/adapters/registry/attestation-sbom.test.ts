import { describe, expect, it } from 'vitest';
import { sbomFromAttestation } from './attestation-sbom.js';
import { CYCLONEDX, dsseAttestation, SPDX } from './test-support/oci-fixtures.js';

const D = `sha256:${'a'.repeat(64)}`;
const text = (b: Uint8Array) => Buffer.from(b).toString('utf8');
const statement = (predicateType: string, predicate: unknown) =>
  Buffer.from(
    JSON.stringify({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ digest: { sha256: 'a'.repeat(64) } }],
      predicateType,
      predicate,
    }),
  );

describe('sbomFromAttestation', () => {
  it.each([
    [
      'a DSSE envelope with CycloneDX',
      dsseAttestation(D, 'https://cyclonedx.org/bom', CYCLONEDX).bytes,
      'cyclonedx-json',
      CYCLONEDX,
    ],
    [
      'a DSSE envelope with SPDX',
      dsseAttestation(D, 'https://spdx.dev/Document/v2.3', SPDX).bytes,
      'spdx-json',
      SPDX,
    ],
    [
      'a sigstore bundle',
      Buffer.from(
        JSON.stringify({
          dsseEnvelope: JSON.parse(
            text(dsseAttestation(D, 'https://cyclonedx.org/bom/v1.5', CYCLONEDX).bytes),
          ),
        }),
      ),
      'cyclonedx-json',
      CYCLONEDX,
    ],
    ['a bare in-toto statement', statement('https://spdx.dev/Document', SPDX), 'spdx-json', SPDX],
    [
      'cosign text in Data',
      statement('https://cyclonedx.org/bom', { Data: JSON.stringify(CYCLONEDX), Timestamp: 'x' }),
      'cyclonedx-json',
      CYCLONEDX,
    ],
  ])('reads %s', (_what, bytes, kind, document) => {
    const r = sbomFromAttestation(bytes, D);
    expect(r.ok && [r.kind, JSON.parse(text(r.bytes))]).toEqual([kind, document]);
  });

  it.each([
    [
      'another image',
      dsseAttestation(`sha256:${'b'.repeat(64)}`, 'https://cyclonedx.org/bom', CYCLONEDX).bytes,
      /subjects do not include/,
    ],
    ['provenance', dsseAttestation(D, 'https://slsa.dev/provenance/v1', {}).bytes, /is not an SBOM/],
    ['not JSON', Buffer.from('{'), /not JSON/],
    [
      'another payload type',
      Buffer.from(JSON.stringify({ payloadType: 'text/plain', payload: 'eA==' })),
      /DSSE payload type text\/plain/,
    ],
  ])('passes over %s', (_what, bytes, reason) => {
    const r = sbomFromAttestation(bytes, D);
    expect(r.ok === false && r.reason).toMatch(reason);
  });
});
