import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { fail, ok, type ParseResult } from '../../core/input/index.js';
import type { SbomDocument } from '../../core/sbom/sbom-document.js';
import type { CdxBom } from './cyclonedx-bom.js';
import { CYCLONEDX_VERSIONS, isCycloneDxVersion, validateCycloneDx } from './cyclonedx-schema.js';
import { cycloneDxXmlToJson } from './cyclonedx-xml-to-json.js';
import { decodeXmlEntities } from './decode-xml-entities.js';
import { mapCycloneDx } from './map-cyclonedx.js';
import type { XmlRoot } from './scan-xml.js';
import { unsupportedSpecVersion } from './unsupported-spec-version.js';

const CYCLONEDX_NAMESPACE = /^http:\/\/cyclonedx\.org\/schema\/bom\/(\d+\.\d+)$/;

/**
 * CycloneDX XML (already scanned: no DOCTYPE, depth within the cap) → SbomDocument. The version comes from
 * the namespace; the elements Vigil reads are checked with the JSON schema of that version (XSD validation is
 * not done: see README). Malformed XML gives one issue at its line and column.
 */
export function parseCycloneDxXml(text: string, root: XmlRoot, maxDepth: number): ParseResult<SbomDocument> {
  const version = CYCLONEDX_NAMESPACE.exec(root.namespace ?? '')?.[1];
  if (root.name !== 'bom' || version === undefined) {
    const rdf = root.name === 'RDF';
    return fail({
      code: 'SBOM_FORMAT',
      path: root.name,
      message: rdf
        ? 'SPDX RDF/XML is not supported; expected SPDX as JSON or tag-value, or CycloneDX XML'
        : `XML root <${root.name}> in namespace ${root.namespace ?? '(none)'} is not a CycloneDX BOM; expected <bom xmlns="http://cyclonedx.org/schema/bom/1.x">`,
    });
  }
  if (!isCycloneDxVersion(version))
    return fail(unsupportedSpecVersion('CycloneDX', version, CYCLONEDX_VERSIONS, 'bom@xmlns'));
  let parsed: { bom?: unknown };
  try {
    const valid = XMLValidator.validate(text, { allowBooleanAttributes: false });
    if (valid !== true) {
      return fail({
        code: 'SBOM_XML_MALFORMED',
        path: `line ${valid.err.line}, column ${valid.err.col}`,
        message: `not well-formed XML: ${valid.err.msg}; expected well-formed XML 1.0`,
      });
    }
    parsed = parser(maxDepth).parse(text) as { bom?: unknown };
  } catch (error) {
    // fast-xml-parser throws on some damage (an unclosed processing instruction) instead of reporting it
    return fail({
      code: 'SBOM_XML_MALFORMED',
      path: '',
      message: `not well-formed XML: ${(error as Error).message}; expected well-formed XML 1.0`,
    });
  }
  const bom = cycloneDxXmlToJson(parsed.bom, version);
  const issues = validateCycloneDx(bom, version);
  if (issues.length > 0) return fail(...issues);
  return ok(mapCycloneDx(bom as unknown as CdxBom, 'xml'));
}

const parser = (maxDepth: number) =>
  new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    // never expand entities, not even DOCTYPE-free ones: decodeXmlEntities handles the predefined five
    processEntities: false,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    maxNestedTags: maxDepth + 1,
    tagValueProcessor: (_name, value) => decodeXmlEntities(value),
    attributeValueProcessor: (_name, value) => decodeXmlEntities(value),
  });
