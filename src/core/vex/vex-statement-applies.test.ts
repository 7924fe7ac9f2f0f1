import { describe, expect, it } from 'vitest';
import { type Purl, parsePurl } from '../purl/index.js';
import type { VexScope, VexStatement } from './vex-statement.js';
import { matchVexStatement, type VexTarget, vexStatementApplies } from './vex-statement-applies.js';

const purl = (text: string): Purl => {
  const r = parsePurl(text);
  if (!r.ok) throw new Error(text);
  return r.value;
};
const scope = (product: string | Partial<VexScope>, subcomponents: string[] = []): VexScope => ({
  ...(typeof product === 'string' ? { purl: purl(product) } : product),
  subcomponents: subcomponents.map(purl),
});
const statement = (products: VexScope[], over: Partial<VexStatement> = {}): VexStatement => ({
  vulnerability: 'CVE-2024-1',
  aliases: [],
  status: 'not_affected',
  products,
  ...over,
});

const DIGEST = `sha256:${'a'.repeat(64)}`;
const OTHER = `sha256:${'b'.repeat(64)}`;
const target: VexTarget = {
  ids: ['GHSA-xxxx-yyyy-zzzz', 'CVE-2024-1'],
  artifactDigest: DIGEST,
  artifactPurls: [purl(`pkg:oci/app@${DIGEST}?repository_url=ghcr.io/acme/app&tag=1.0`)],
  component: purl('pkg:apk/alpine/busybox@1.36.1-r5?arch=x86_64&distro=alpine-3.19'),
};

describe('vexStatementApplies', () => {
  it.each<[string, VexScope, boolean]>([
    ['the artifact by digest', scope({ digest: DIGEST }), true],
    ['another artifact by digest', scope({ digest: OTHER }), false],
    ['a pkg:oci purl at the artifact digest, whatever its name', scope(`pkg:oci/other-name@${DIGEST}`), true],
    ['a pkg:oci purl at another digest', scope(`pkg:oci/app@${OTHER}`), false],
    [
      'a pkg:oci purl of the repository, without version',
      scope('pkg:oci/app?repository_url=ghcr.io/acme/app'),
      true,
    ],
    [
      'a pkg:oci purl of the repository, written with a scheme',
      scope('pkg:oci/app?repository_url=https://GHCR.io/acme/app/'),
      true,
    ],
    ['a pkg:oci purl of another repository', scope('pkg:oci/app?repository_url=docker.io/acme/app'), false],
    ['the component with its version', scope('pkg:apk/alpine/busybox@1.36.1-r5'), true],
    ['the component without a version', scope('pkg:apk/alpine/busybox'), true],
    [
      'the component with distro qualifiers written otherwise',
      scope('pkg:apk/alpine/busybox@1.36.1-r5?os_name=alpine&os_version=3.19'),
      true,
    ],
    ['the component at another version', scope('pkg:apk/alpine/busybox@1.36.1-r6'), false],
    ['the component for another arch', scope('pkg:apk/alpine/busybox@1.36.1-r5?arch=aarch64'), false],
    ['another package of the same name', scope('pkg:deb/debian/busybox@1.36.1-r5'), false],
    [
      'the artifact with the component as subcomponent',
      scope({ digest: DIGEST }, ['pkg:apk/alpine/busybox@1.36.1-r5']),
      true,
    ],
    [
      'the artifact with the component as unversioned subcomponent',
      scope(`pkg:oci/app@${DIGEST}`, ['pkg:apk/alpine/busybox']),
      true,
    ],
    [
      'the artifact with other subcomponents',
      scope({ digest: DIGEST }, ['pkg:apk/alpine/openssl', 'pkg:apk/alpine/busybox@1.0']),
      false,
    ],
    [
      'the artifact with subcomponents named without a purl',
      { ...scope({ digest: DIGEST }), unresolvedSubcomponents: ['libfoo'] },
      false,
    ],
    [
      'another artifact with the component as subcomponent',
      scope({ digest: OTHER }, ['pkg:apk/alpine/busybox']),
      false,
    ],
    [
      'the component as product and subcomponent',
      scope('pkg:apk/alpine/busybox', ['pkg:apk/alpine/busybox@1.36.1-r5']),
      true,
    ],
    ['a name only', scope({ name: 'busybox' }), false],
    ['a CPE only', scope({ cpe: 'cpe:2.3:a:busybox:busybox:1.36.1:*:*:*:*:*:*:*' }), false],
  ])('%s: %s', (_what, s, applies) => {
    expect(vexStatementApplies(statement([s]), target)).toBe(applies);
  });

  it.each<[string, Partial<VexStatement>, boolean]>([
    ['the advisory id', { vulnerability: 'CVE-2024-1' }, true],
    ['an alias of the advisory, in another case', { vulnerability: 'ghsa-XXXX-yyyy-zzzz' }, true],
    [
      'an alias given by the statement',
      { vulnerability: 'GO-2024-9', aliases: ['GHSA-xxxx-yyyy-zzzz'] },
      true,
    ],
    ['another vulnerability', { vulnerability: 'CVE-2024-2', aliases: ['GO-2024-9'] }, false],
  ])('matches ids: %s', (_what, ids, applies) => {
    expect(vexStatementApplies(statement([scope('pkg:apk/alpine/busybox')], ids), target)).toBe(applies);
  });

  it('applies when any one of several products matches', () => {
    const s = statement([scope({ digest: OTHER }), scope({ name: 'x' }), scope('pkg:apk/alpine/busybox')]);
    expect(vexStatementApplies(s, target)).toBe(true);
  });

  it('compares NuGet names case-insensitively and PyPI names as PEP 503 says', () => {
    const nuget = { ...target, component: purl('pkg:nuget/Newtonsoft.Json@13.0.1') };
    expect(vexStatementApplies(statement([scope('pkg:nuget/newtonsoft.json@13.0.1')]), nuget)).toBe(true);
    const pypi = { ...target, component: purl('pkg:pypi/zope-interface@6.1') };
    expect(vexStatementApplies(statement([scope('pkg:pypi/Zope.Interface@6.1')]), pypi)).toBe(true);
  });

  it('applies a range only when the caller can decide it', () => {
    const ranged = statement([{ ...scope('pkg:apk/alpine/busybox'), versionRange: 'vers:apk/>=1.36|<1.37' }]);
    expect(vexStatementApplies(ranged, target)).toBe(false);
    const seen: string[] = [];
    const inRange = (range: string, c: Purl) => {
      seen.push(`${range} ${c.version}`);
      return c.version.startsWith('1.36');
    };
    expect(vexStatementApplies(ranged, { ...target, versionInRange: inRange })).toBe(true);
    expect(seen).toEqual(['vers:apk/>=1.36|<1.37 1.36.1-r5']);
    const other = { ...target, component: purl('pkg:apk/alpine/busybox@1.37.0-r1'), versionInRange: inRange };
    expect(vexStatementApplies(ranged, other)).toBe(false);
  });

  it('matches without an artifact: only the component', () => {
    const bare: VexTarget = { ids: ['CVE-2024-1'], component: target.component };
    expect(vexStatementApplies(statement([scope({ digest: DIGEST })]), bare)).toBe(false);
    expect(vexStatementApplies(statement([scope('pkg:apk/alpine/busybox')]), bare)).toBe(true);
  });

  it.each<[string, VexScope[], number]>([
    [
      'artifact + versioned subcomponent',
      [scope({ digest: DIGEST }, ['pkg:apk/alpine/busybox@1.36.1-r5'])],
      7,
    ],
    ['artifact + unversioned subcomponent', [scope({ digest: DIGEST }, ['pkg:apk/alpine/busybox'])], 6],
    ['artifact alone', [scope({ digest: DIGEST })], 4],
    [
      'component product + subcomponent',
      [scope('pkg:apk/alpine/busybox', ['pkg:apk/alpine/busybox@1.36.1-r5'])],
      3,
    ],
    ['component with version', [scope('pkg:apk/alpine/busybox@1.36.1-r5')], 1],
    ['component without version', [scope('pkg:apk/alpine/busybox')], 0],
    ['the best of several scopes', [scope('pkg:apk/alpine/busybox'), scope({ digest: DIGEST })], 4],
  ])('specificity of %s is %i', (_what, scopes, specificity) => {
    expect(matchVexStatement(statement(scopes), target)?.specificity).toBe(specificity);
  });
});
