import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sharedData } from '../../../test/support/shared-data.js';
import { isInputError } from '../../core/input/index.js';
import { findEvidence } from './find-evidence.js';

const dir = mkdtempSync(join(tmpdir(), 'vigil-evidence-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('findEvidence tells evidence apart by content', () => {
  it.each([
    [sharedData('sbom', 'cyclonedx', 'cdx-1.4_image_alpine-latest_syft.json'), 'sbom'],
    // components listed before bomFormat, past the first 64 KiB
    [sharedData('sbom', 'cyclonedx', 'cdx-1.6_pypi_poetry-regression-issue702.json'), 'sbom'],
    [sharedData('sbom', 'spdx', 'spdx-2.3_pypi_flask_syft.json'), 'sbom'],
    [sharedData('k8s', 'objects', 'pod_default_nginx_init.json'), 'kubernetes'],
    [sharedData('k8s', 'pods-list.derived.json'), 'kubernetes'],
    [sharedData('k8s', 'manifests', 'guestbook', 'guestbook-all-in-one.yaml'), 'kubernetes'],
    [sharedData('vex', 'openvex', 'trivy.openvex.json'), 'vex'],
    [sharedData('vex', 'csaf', 'redhat_cve-2024-3094.json'), 'vex'],
    [sharedData('vex', 'cyclonedx', 'cisa-case-1_vex-not_affected.json'), 'vex'],
    [sharedData('vex', 'openvex', 'docker-hardened-images_vex.zip'), 'vex'],
  ])('%s is %s', async (path, kind) => {
    const found = await findEvidence([path]);
    expect(found.files).toEqual([{ path, kind }]);
  });

  it('walks folders and says why it skips a file', async () => {
    writeFileSync(join(dir, 'notes.txt'), 'hello');
    writeFileSync(join(dir, 'data.json'), '{"a": 1}');
    writeFileSync(
      join(dir, 'bom.xml'),
      '<?xml version="1.0"?><bom xmlns="http://cyclonedx.org/schema/bom/1.4"></bom>',
    );
    const found = await findEvidence([dir]);
    expect(found.files).toEqual([{ path: join(dir, 'bom.xml'), kind: 'sbom' }]);
    expect(found.skipped.map((s) => s.path).sort()).toEqual([join(dir, 'data.json'), join(dir, 'notes.txt')]);
  });
});

describe('findEvidence and paths that are not there', () => {
  it('refuses a named path that does not exist as bad input, naming it', async () => {
    const missing = join(dir, 'path', 'to', 'evidence');
    const error = await findEvidence([missing]).catch((e: unknown) => e);
    expect(isInputError(error)).toBe(true);
    expect(isInputError(error) && error.issues).toEqual([
      expect.objectContaining({ code: 'EVIDENCE_NOT_FOUND', path: missing }),
    ]);
  });
});
