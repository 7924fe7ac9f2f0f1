const ECOSYSTEMS = [
  (i: number) => ({ group: undefined, name: `pkg-${i}`, purl: `pkg:npm/pkg-${i}@1.${i % 50}.${i % 7}` }),
  (i: number) => ({ group: undefined, name: `Py_Pkg.${i}`, purl: `pkg:pypi/Py_Pkg.${i}@2.${i % 30}` }),
  (i: number) => ({
    group: `org.example.g${i % 40}`,
    name: `artifact-${i}`,
    purl: `pkg:maven/org.example.g${i % 40}/artifact-${i}@3.${i % 9}.0?type=jar`,
  }),
  (i: number) => ({
    group: undefined,
    name: `lib${i}`,
    purl: `pkg:deb/debian/lib${i}@1.${i % 20}-1%2Bdeb12u1?arch=amd64&distro=debian-12`,
  }),
] as const;

/**
 * A CycloneDX JSON document with `count` components of four ecosystems, each with a hash, a licence, a purl
 * and two dependencies: the shape of a large real SBOM, for tests and benchmarks.
 */
export function generateCycloneDx(count: number, specVersion = '1.6'): string {
  const components = Array.from({ length: count }, (_, i) => {
    const { group, name, purl } = (
      ECOSYSTEMS[i % ECOSYSTEMS.length] as (i: number) => {
        group: string | undefined;
        name: string;
        purl: string;
      }
    )(i);
    return {
      type: 'library',
      'bom-ref': `ref-${i}`,
      ...(group ? { group } : {}),
      name,
      version: purl.slice(purl.lastIndexOf('@') + 1).split('?')[0],
      hashes: [{ alg: 'SHA-256', content: i.toString(16).padStart(8, '0').repeat(8) }],
      licenses: [i % 3 === 0 ? { expression: 'MIT OR Apache-2.0' } : { license: { id: 'BSD-3-Clause' } }],
      purl,
    };
  });
  const dependencies = components.map((_, i) => ({
    ref: `ref-${i}`,
    dependsOn: [i + 1, i + 2].filter((j) => j < count).map((j) => `ref-${j}`),
  }));
  return JSON.stringify({
    bomFormat: 'CycloneDX',
    specVersion,
    serialNumber: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79',
    version: 1,
    metadata: {
      timestamp: '2025-02-01T12:00:00Z',
      component: { type: 'application', 'bom-ref': 'root', name: 'big-app', version: '1.0.0' },
    },
    components,
    dependencies,
  });
}
