/** A node as fast-xml-parser gives it: text, or an object of attributes (`@_…`), children and `#text`. */
type XmlNode = string | { readonly [key: string]: unknown };
type Json = Record<string, unknown>;

/**
 * A CycloneDX XML `<bom>` (as parsed by fast-xml-parser) → the JSON shape of the same BOM, for the elements
 * Vigil reads: the JSON schema then validates them and one mapper serves both encodings. Elements keep their
 * JSON names (`components[2].hashes[0].alg`), so issues name fields the same way for XML and JSON.
 */
export function cycloneDxXmlToJson(bom: unknown, specVersion: string): Json {
  const node = asObject(bom);
  return compact({
    bomFormat: 'CycloneDX',
    specVersion,
    serialNumber: attribute(node, 'serialNumber'),
    version: integer(attribute(node, 'version')),
    metadata: node.metadata === undefined ? undefined : metadata(asObject(node.metadata), specVersion),
    components: each(node, 'components', 'component', (c) => component(c, specVersion)),
    dependencies: each(node, 'dependencies', 'dependency', dependency),
  });
}

function metadata(node: Json, specVersion: string): Json {
  const tools = node.tools === undefined ? undefined : asObject(node.tools);
  const subject = children(node, 'component')[0];
  return compact({
    timestamp: text(node.timestamp),
    // 1.2–1.4 list <tool> elements; 1.5+ prefer <components> and <services>
    tools:
      tools === undefined
        ? undefined
        : tools.tool !== undefined || (tools.components === undefined && tools.services === undefined)
          ? children(tools, 'tool').map(tool)
          : compact({
              components: each(tools, 'components', 'component', (c) => component(c, specVersion)),
              services: each(tools, 'services', 'service', tool),
            }),
    component: subject === undefined ? undefined : component(subject, specVersion),
  });
}

function component(raw: XmlNode, specVersion: string): Json {
  const node = asObject(raw);
  return compact({
    type: attribute(node, 'type'),
    'bom-ref': attribute(node, 'bom-ref'),
    group: text(node.group),
    name: text(node.name),
    version: text(node.version),
    scope: text(node.scope),
    hashes: each(node, 'hashes', 'hash', (h) => ({ alg: attribute(asObject(h), 'alg'), content: text(h) })),
    licenses: node.licenses === undefined ? undefined : licenses(asObject(node.licenses)),
    cpe: text(node.cpe),
    purl: text(node.purl),
    // properties arrived in 1.3: leaving them out of 1.2 keeps the 1.2 schema's additionalProperties happy
    properties: specVersion === '1.2' ? undefined : each(node, 'properties', 'property', property),
    components: each(node, 'components', 'component', (c) => component(c, specVersion)),
  });
}

function licenses(node: Json): Json[] {
  const named = children(node, 'license').map((l) => {
    const license = asObject(l);
    return { license: compact({ id: text(license.id), name: text(license.name) }) };
  });
  return [...named, ...children(node, 'expression').map((e) => ({ expression: text(e) }))];
}

const tool = (raw: XmlNode): Json => {
  const node = asObject(raw);
  return compact({
    vendor: text(node.vendor),
    group: text(node.group),
    name: text(node.name),
    version: text(node.version),
  });
};

const property = (raw: XmlNode): Json =>
  compact({ name: attribute(asObject(raw), 'name'), value: text(raw) });

const dependency = (raw: XmlNode): Json => {
  const node = asObject(raw);
  const dependsOn = children(node, 'dependency').map((d) => attribute(asObject(d), 'ref'));
  return compact({ ref: attribute(node, 'ref'), dependsOn: dependsOn.length > 0 ? dependsOn : undefined });
};

/** The `child` elements inside `node[container]`, mapped; undefined when there is no container element. */
function each<T>(node: Json, container: string, child: string, map: (n: XmlNode) => T): T[] | undefined {
  return node[container] === undefined ? undefined : children(node[container], child).map(map);
}

function children(parent: unknown, name: string): XmlNode[] {
  if (parent === null || typeof parent !== 'object') return [];
  const value = (parent as Json)[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]) as XmlNode[];
}

const asObject = (node: unknown): Json => (node !== null && typeof node === 'object' ? (node as Json) : {});

function text(node: unknown): string | undefined {
  if (typeof node === 'string') return node;
  if (node !== null && typeof node === 'object' && '#text' in node) return String((node as Json)['#text']);
  return node !== null && typeof node === 'object' ? '' : undefined;
}

function attribute(node: Json, name: string): string | undefined {
  const value = node[`@_${name}`];
  return value === undefined ? undefined : String(value);
}

const integer = (value: string | undefined): number | string | undefined =>
  value !== undefined && /^\d+$/.test(value) ? Number(value) : value;

function compact(object: Json): Json {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}
