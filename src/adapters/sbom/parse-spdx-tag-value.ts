import { fail, type ParseResult, quoteValue } from '../../core/input/index.js';
import type { SbomDocument } from '../../core/sbom/sbom-document.js';
import { parseSpdxValue } from './parse-spdx-value.js';

// No npm package parses SPDX tag-value, so this reads the tags Vigil uses (SPDX 2.3 clauses 6, 7 and 11).
type Section = 'document' | 'package' | 'other';
type Json = Record<string, unknown>;

/**
 * SPDX 2.2 / 2.3 tag-value text → SbomDocument: `Tag: value` lines, `<text>…</text>` values over several lines,
 * `#` comments. The tags become the JSON shape of the same document, checked by the same schema; issues name
 * the line. Files, snippets and extracted licences are skipped.
 */
export function parseSpdxTagValue(text: string): ParseResult<SbomDocument> {
  const lines = text.split(/\r?\n/);
  const doc: Json = {};
  const creators: string[] = [];
  const packages: Json[] = [];
  const packageLines: number[] = [];
  const relationships: Json[] = [];
  const relationshipLines: number[] = [];
  let section: Section = 'document';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const match = /^([A-Za-z][A-Za-z0-9]*):\s*(.*)$/.exec(line);
    if (!match) {
      return fail({
        code: 'SBOM_TAG_VALUE',
        path: `line ${i + 1}`,
        message: `${quoteValue(line)} is not a tag-value line; expected "Tag: value" (or a value inside <text>…</text>)`,
      });
    }
    const tag = match[1] ?? '';
    let value = (match[2] ?? '').trim();
    const start = i;
    if (value.startsWith('<text>')) {
      const gathered = [value.slice('<text>'.length)];
      while (!gathered.at(-1)?.includes('</text>') && i + 1 < lines.length) gathered.push(lines[++i] ?? '');
      const joined = gathered.join('\n');
      if (!joined.includes('</text>')) {
        return fail({
          code: 'SBOM_TAG_VALUE',
          path: `line ${start + 1}`,
          message: `${tag}: <text> is never closed; expected </text>`,
        });
      }
      value = joined.slice(0, joined.indexOf('</text>'));
    }
    const current = packages.at(-1);
    if (tag === 'PackageName') {
      section = 'package';
      packages.push({ name: value });
      packageLines.push(start + 1);
    } else if (tag === 'FileName' || tag === 'SnippetSPDXID' || tag === 'LicenseID') section = 'other';
    else if (tag === 'Relationship') {
      const [from, type, to] = value.split(/\s+/);
      relationships.push({ spdxElementId: from, relationshipType: type, relatedSpdxElement: to });
      relationshipLines.push(start + 1);
    } else if (section === 'document') readDocumentTag(doc, creators, tag, value);
    else if (section === 'package' && current) readPackageTag(current, tag, value);
  }
  if (creators.length > 0 || doc.created !== undefined) {
    doc.creationInfo = { creators, ...(doc.created !== undefined ? { created: doc.created } : {}) };
  }
  delete doc.created;
  const data = { ...doc, packages, relationships };
  const where = (path: string): string => {
    const at = /^(packages|relationships)\[(\d+)\]/.exec(path);
    const lineNumbers = at?.[1] === 'packages' ? packageLines : relationshipLines;
    const line = at ? lineNumbers[Number(at[2])] : undefined;
    return line ? `line ${line}: ${path}` : path;
  };
  return parseSpdxValue(data, 'tag-value', where);
}

const DOCUMENT_TAGS: Readonly<Record<string, string>> = {
  SPDXVersion: 'spdxVersion',
  SPDXID: 'SPDXID',
  DocumentName: 'name',
  DocumentNamespace: 'documentNamespace',
  Created: 'created',
};

function readDocumentTag(doc: Json, creators: string[], tag: string, value: string): void {
  if (tag === 'Creator') creators.push(value);
  const field = DOCUMENT_TAGS[tag];
  if (field) doc[field] = value;
}

const PACKAGE_TAGS: Readonly<Record<string, string>> = {
  SPDXID: 'SPDXID',
  PackageVersion: 'versionInfo',
  PackageLicenseConcluded: 'licenseConcluded',
  PackageLicenseDeclared: 'licenseDeclared',
  PrimaryPackagePurpose: 'primaryPackagePurpose',
};

function readPackageTag(pkg: Json, tag: string, value: string): void {
  const field = PACKAGE_TAGS[tag];
  if (field) pkg[field] = value;
  else if (tag === 'PackageChecksum') {
    const [algorithm, checksumValue] = value.split(/:\s*/, 2);
    pkg.checksums = [...((pkg.checksums as Json[] | undefined) ?? []), { algorithm, checksumValue }];
  } else if (tag === 'ExternalRef') {
    const [referenceCategory, referenceType, referenceLocator] = value.split(/\s+/);
    pkg.externalRefs = [
      ...((pkg.externalRefs as Json[] | undefined) ?? []),
      { referenceCategory, referenceType, referenceLocator },
    ];
  }
}
