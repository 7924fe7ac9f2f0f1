import type { SbomComponent, SbomDocument, SbomEncoding } from '../../core/sbom/sbom-document.js';
import { buildSubject } from './build-subject.js';
import { readHash, readLicenses, readPurlFields } from './component-fields.js';
import { SbomRefs } from './sbom-refs.js';
import { SbomWarnings } from './sbom-warnings.js';
import type { SpdxDocument, SpdxPackage, SpdxRelationship } from './spdx-document.js';

// SPDX 2.3 §11: "A DEPENDS_ON B" and "A CONTAINS B" point from A to B; "*DEPENDENCY_OF" and CONTAINED_BY the
// other way.
const FORWARD = new Set(['DEPENDS_ON', 'CONTAINS']);
const BACKWARD = /^([A-Z]+_)?DEPENDENCY_OF$|^CONTAINED_BY$/;

/**
 * A validated SPDX document → SbomDocument. The described package (documentDescribes, or a DESCRIBES
 * relationship from the document) is the subject, the other packages are components; files are not.
 * Relationships between packages become dependencies.
 */
export function mapSpdx(doc: SpdxDocument, encoding: SbomEncoding): SbomDocument {
  const warnings = new SbomWarnings();
  const refs = new SbomRefs(warnings);
  const packages = doc.packages ?? [];
  const ids = new Set(packages.map((p) => p.SPDXID));
  const subjectId = describedIds(doc).find((id) => ids.has(id));
  const subject = packages.find((p) => p.SPDXID === subjectId);
  if (subjectId) refs.reserve(subjectId);
  const components: SbomComponent[] = [];
  packages.forEach((p, i) => {
    if (p === subject) return;
    components.push(
      mapPackage(p, `packages[${i}]`, refs.claim(p.SPDXID, i, `packages[${i}].SPDXID`), warnings),
    );
  });
  const edges = (doc.relationships ?? []).flatMap((r, i) => edge(r, i, ids));
  return {
    format: 'spdx',
    specVersion: doc.spdxVersion.replace(/^SPDX-/, ''),
    encoding,
    ...(doc.documentNamespace ? { serialNumber: doc.documentNamespace } : {}),
    ...(doc.name ? { name: doc.name } : {}),
    ...(doc.creationInfo?.created ? { createdAt: doc.creationInfo.created } : {}),
    tools: (doc.creationInfo?.creators ?? [])
      .filter((c) => /^Tool:/i.test(c))
      .map((c) => c.replace(/^Tool:\s*/i, '')),
    subject: subject
      ? buildSubject({
          ref: subject.SPDXID,
          name: subject.name,
          version: subject.versionInfo,
          purlText: purlOf(subject),
          hashes: (subject.checksums ?? []).map((c) => readHash(c.algorithm, c.checksumValue)),
          isContainer: subject.primaryPackagePurpose?.toUpperCase() === 'CONTAINER',
        })
      : {},
    components,
    dependencies: refs.dependencies(edges),
    ...warnings.toFields(),
  };
}

function describedIds(doc: SpdxDocument): string[] {
  const fromRelationships = (doc.relationships ?? []).flatMap((r) => {
    if (r.relationshipType === 'DESCRIBES' && r.spdxElementId === doc.SPDXID) return [r.relatedSpdxElement];
    if (r.relationshipType === 'DESCRIBED_BY' && r.relatedSpdxElement === doc.SPDXID)
      return [r.spdxElementId];
    return [];
  });
  return [...(doc.documentDescribes ?? []), ...fromRelationships];
}

function edge(r: SpdxRelationship, i: number, packages: ReadonlySet<string>) {
  const type = r.relationshipType.toUpperCase();
  const [from, to] = FORWARD.has(type)
    ? [r.spdxElementId, r.relatedSpdxElement]
    : BACKWARD.test(type)
      ? [r.relatedSpdxElement, r.spdxElementId]
      : [];
  // files, snippets, other documents and NOASSERTION are not components: not an error, just not an edge
  if (!from || !to || !packages.has(from) || !packages.has(to)) return [];
  return [{ ref: from, dependsOn: [to], path: `relationships[${i}]` }];
}

const purlOf = (p: SpdxPackage): string | undefined =>
  p.externalRefs?.find((r) => r.referenceType.toLowerCase() === 'purl')?.referenceLocator;

function mapPackage(p: SpdxPackage, path: string, ref: string, warnings: SbomWarnings): SbomComponent {
  const cpe = p.externalRefs?.find((r) => /^cpe2[23]Type$/i.test(r.referenceType))?.referenceLocator;
  const purlIndex = p.externalRefs?.findIndex((r) => r.referenceType.toLowerCase() === 'purl') ?? -1;
  return {
    ref,
    name: p.name,
    version: p.versionInfo ?? '',
    ...(cpe ? { cpe } : {}),
    type: p.primaryPackagePurpose?.toLowerCase() ?? '',
    ...readPurlFields(purlOf(p), `${path}.externalRefs[${purlIndex}].referenceLocator`, warnings),
    licenses: readLicenses(
      [
        { text: p.licenseConcluded, path: `${path}.licenseConcluded`, expression: true },
        { text: p.licenseDeclared, path: `${path}.licenseDeclared`, expression: true },
      ],
      warnings,
    ),
    hashes: (p.checksums ?? []).map((c) => readHash(c.algorithm, c.checksumValue)),
    scope: '',
  };
}
