import { describe, expect, it } from 'vitest';
import type { SbomSubject } from '../../core/sbom/sbom-document.js';
import { buildSubject, type SubjectEvidence } from './build-subject.js';

const D1 = `sha256:${'a1'.repeat(32)}`;
const D2 = `sha256:${'b2'.repeat(32)}`;
const evidence = (e: Partial<SubjectEvidence>): SubjectEvidence => ({ hashes: [], isContainer: false, ...e });

describe('buildSubject', () => {
  it.each<[string, Partial<SubjectEvidence>, SbomSubject]>([
    [
      'a pkg:oci purl: the digest is its version, repository and tag its qualifiers',
      {
        name: 'alpine',
        purlText: `pkg:oci/alpine@${D1.replace(':', '%3A')}?arch=amd64&repository_url=index.docker.io%2Flibrary%2Falpine&tag=3.19`,
      },
      {
        digest: D1,
        name: 'alpine',
        purl: `pkg:oci/alpine@${D1}?arch=amd64&repository_url=index.docker.io/library/alpine&tag=3.19`,
        repository: 'index.docker.io/library/alpine',
        tag: '3.19',
      },
    ],
    [
      "Trivy's RepoDigest and RepoTag properties",
      {
        name: 'nginx:1.25',
        isContainer: true,
        properties: [
          { name: 'aquasecurity:trivy:ImageID', value: D2 },
          { name: 'aquasecurity:trivy:RepoDigest', value: `nginx@${D1}` },
          { name: 'aquasecurity:trivy:RepoTag', value: 'nginx:1.25' },
        ],
      },
      { digest: D1, name: 'nginx:1.25', repository: 'docker.io/library/nginx', tag: '1.25' },
    ],
    [
      "Syft's container: the digest is the version, the name an image reference",
      { name: 'ghcr.io/acme/api:2.1.0', version: D2, isContainer: true, ref: 'abc' },
      {
        digest: D2,
        name: 'ghcr.io/acme/api:2.1.0',
        version: D2,
        repository: 'ghcr.io/acme/api',
        tag: '2.1.0',
        ref: 'abc',
      },
    ],
    [
      'an image name with a digest',
      { name: `quay.io/org/app@${D1}`, isContainer: true },
      { digest: D1, name: `quay.io/org/app@${D1}`, repository: 'quay.io/org/app' },
    ],
    [
      'a SHA-256 hash of the subject (upper case in the document)',
      {
        name: 'app.jar',
        version: '1.0',
        hashes: [
          { alg: 'sha-1', value: 'ff'.repeat(20) },
          { alg: 'sha-256', value: 'C3'.repeat(32) },
        ],
      },
      { digest: `sha256:${'c3'.repeat(32)}`, name: 'app.jar', version: '1.0' },
    ],
    [
      'an application with a purl and no digest',
      { name: 'juice-shop', version: '11.1.2', purlText: 'pkg:npm/Juice-Shop@11.1.2' },
      { name: 'juice-shop', version: '11.1.2', purl: 'pkg:npm/juice-shop@11.1.2' },
    ],
    [
      'a name that is not an image reference, and a broken purl kept as written',
      { name: '/mnt/images/app.tar', isContainer: true, purlText: 'pkg:' },
      { name: '/mnt/images/app.tar', purl: 'pkg:' },
    ],
    [
      'a short "sha256:" version is not a digest',
      { name: 'x', version: 'sha256:abc' },
      { name: 'x', version: 'sha256:abc' },
    ],
    ['nothing', {}, {}],
  ])('%s', (_what, given, expected) => {
    expect(buildSubject(evidence(given))).toEqual(expected);
  });
});
