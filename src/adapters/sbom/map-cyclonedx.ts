import type {
  SbomComponent,
  SbomDependency,
  SbomDocument,
  SbomEncoding,
} from '../../core/sbom/sbom-document.js';
import { buildSubject } from './build-subject.js';
import { readHash, readLicenses, readPurlFields } from './component-fields.js';
import type { CdxBom, CdxComponent, CdxTool } from './cyclonedx-bom.js';
import { SbomRefs } from './sbom-refs.js';
import { SbomWarnings } from './sbom-warnings.js';

/**
 * A validated CycloneDX BOM → SbomDocument. Nested components (`components[].components`) are flattened in
 * document order, each with its own ref; `metadata.component` is the subject, not a component.
 */
export function mapCycloneDx(bom: CdxBom, encoding: SbomEncoding): SbomDocument {
  const warnings = new SbomWarnings();
  const refs = new SbomRefs(warnings);
  const subjectComponent = bom.metadata?.component;
  const subjectRef = subjectComponent?.['bom-ref'];
  if (subjectRef) refs.reserve(subjectRef);
  const components: SbomComponent[] = [];
  const pending: { component: CdxComponent; path: string }[] = (bom.components ?? [])
    .map((component, i) => ({ component, path: `components[${i}]` }))
    .reverse();
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { component: c, path } = next;
    components.push(
      mapComponent(c, path, refs.claim(c['bom-ref'], components.length, `${path}.bom-ref`), warnings),
    );
    const children = c.components ?? [];
    for (let i = children.length - 1; i >= 0; i--)
      pending.push({ component: children[i] as CdxComponent, path: `${path}.components[${i}]` });
  }
  const dependencies = refs.dependencies(
    (bom.dependencies ?? []).map((d, i): SbomDependency & { path: string } => ({
      ref: d.ref,
      dependsOn: d.dependsOn ?? [],
      path: `dependencies[${i}]`,
    })),
  );
  return {
    format: 'cyclonedx',
    specVersion: bom.specVersion,
    encoding,
    ...(bom.serialNumber ? { serialNumber: bom.serialNumber } : {}),
    ...(subjectComponent?.name ? { name: subjectComponent.name } : {}),
    ...(bom.metadata?.timestamp ? { createdAt: bom.metadata.timestamp } : {}),
    tools: toolNames(bom.metadata?.tools),
    subject: subjectComponent
      ? buildSubject({
          ref: subjectRef,
          name: subjectComponent.name,
          version: subjectComponent.version,
          purlText: subjectComponent.purl?.trim(),
          hashes: (subjectComponent.hashes ?? []).map((h) => readHash(h.alg, h.content)),
          isContainer: subjectComponent.type === 'container',
          properties: subjectComponent.properties,
        })
      : {},
    components,
    dependencies,
    ...warnings.toFields(),
  };
}

function mapComponent(c: CdxComponent, path: string, ref: string, warnings: SbomWarnings): SbomComponent {
  const licenses = readLicenses(
    (c.licenses ?? []).map((choice, i) =>
      'expression' in choice
        ? { text: choice.expression, path: `${path}.licenses[${i}].expression`, expression: true }
        : {
            text: choice.license.id ?? choice.license.name,
            path: `${path}.licenses[${i}].license`,
            expression: false,
          },
    ),
    warnings,
  );
  return {
    ref,
    name: c.name,
    version: c.version ?? '',
    ...(c.group ? { group: c.group } : {}),
    ...(c.cpe ? { cpe: c.cpe } : {}),
    type: c.type.toLowerCase(),
    ...readPurlFields(c.purl, `${path}.purl`, warnings),
    licenses,
    hashes: (c.hashes ?? []).map((h) => readHash(h.alg, h.content)),
    scope: c.scope ?? '',
  };
}

function toolNames(tools: NonNullable<CdxBom['metadata']>['tools']): string[] {
  const list: readonly CdxTool[] = Array.isArray(tools)
    ? tools
    : [
        ...((tools as { components?: CdxTool[] })?.components ?? []),
        ...((tools as { services?: CdxTool[] })?.services ?? []),
      ];
  return list
    .map((t) => [t.vendor ?? t.group, t.name, t.version].filter((part) => part).join(' '))
    .filter((name) => name !== '');
}
