import { z } from 'zod';
import type { InputIssue } from '../input/index.js';
import { parsePurl } from '../purl/index.js';
import { Text } from './parse-with.js';
import type { VexScope } from './vex-statement.js';

export interface CycloneDxComponentInput {
  'bom-ref'?: string | undefined;
  name?: string | undefined;
  version?: string | undefined;
  purl?: string | undefined;
  cpe?: string | undefined;
  components?: CycloneDxComponentInput[] | undefined;
}
/** A CycloneDX component, as far as VEX needs it: what a bom-ref resolves to. */
export const CycloneDxComponent: z.ZodType<CycloneDxComponentInput> = z.looseObject({
  'bom-ref': Text.optional(),
  name: Text.optional(),
  version: Text.optional(),
  purl: Text.optional(),
  cpe: Text.optional(),
  get components() {
    return z.array(CycloneDxComponent).optional();
  },
});

// BOM-Link (CycloneDX 1.5 "Linking"): urn:cdx:<serial uuid>/<version>#<url-encoded bom-ref>; some producers
// write urn:uuid:<serial>/<version>#… after the serialNumber form.
const BOM_LINK = /^urn:(?:cdx|uuid):([0-9a-f-]{36})\/(\d+)#(.+)$/i;

/**
 * Resolves CycloneDX `affects[].ref`s to scopes: a bom-ref of a component in this BOM (its purl, else its name
 * and version), or a BOM-Link. A link into another BOM resolves only when its bom-ref is a purl; anything else
 * unresolvable is kept as a name with a note. A referenced component with a broken purl is an issue.
 */
export class BomRefIndex {
  readonly issues: InputIssue[] = [];
  readonly #components = new Map<
    string,
    { component: CycloneDxComponentInput; path: string; image?: CycloneDxComponentInput }
  >();
  readonly #serial: string | undefined;
  readonly #resolved = new Map<string, VexScope>();

  /** `components`: the top-level components with their paths (the metadata component first); nested ones are found. */
  constructor(
    serialNumber: string | undefined,
    components: readonly { component: CycloneDxComponentInput; path: string }[],
  ) {
    this.#serial = serialNumber?.replace(/^urn:uuid:/i, '').toLowerCase();
    // A component nested in a container image (a `pkg:oci` purl) is that image's sub-component: a statement
    // about it is about the package in that image only, as Vigil's own export writes it.
    const add = (c: CycloneDxComponentInput, path: string, image?: CycloneDxComponentInput): void => {
      if (c['bom-ref'] && !this.#components.has(c['bom-ref']))
        this.#components.set(c['bom-ref'], { component: c, path, ...(image ? { image } : {}) });
      const inner = /^pkg:oci\//i.test(c.purl ?? '') ? c : image;
      for (const [i, child] of (c.components ?? []).entries()) add(child, `${path}.components[${i}]`, inner);
    };
    for (const { component, path } of components) add(component, path);
  }

  resolve(ref: string, path: string): VexScope {
    let scope = this.#resolved.get(ref);
    if (!scope) {
      scope = this.#resolve(ref, path);
      this.#resolved.set(ref, scope);
    }
    return scope;
  }

  #resolve(ref: string, path: string): VexScope {
    const link = BOM_LINK.exec(ref);
    const bomRef = link ? decode(link[3] ?? '') : ref;
    const external = link !== null && link[1]?.toLowerCase() !== this.#serial;
    const local = external ? undefined : this.#components.get(bomRef);
    if (local) {
      const scope = this.#scopeOfComponent(local.component, local.path);
      const image = local.image?.purl ? parsePurl(local.image.purl, `${local.path}.purl`) : undefined;
      return image?.ok && scope.purl ? { purl: image.value, subcomponents: [scope.purl] } : scope;
    }
    const purl = /^pkg:/i.test(bomRef) ? parsePurl(bomRef, path) : undefined;
    if (purl?.ok)
      return {
        purl: purl.value,
        subcomponents: [],
        ...(external ? { note: `in BOM ${ref.split('#')[0]}` } : {}),
      };
    const note = external
      ? `bom-ref in another BOM (${ref.split('#')[0]}); not resolvable from this document`
      : 'bom-ref not found in this document';
    return { name: bomRef, note, subcomponents: [] };
  }

  #scopeOfComponent(c: CycloneDxComponentInput, path: string): VexScope {
    const purl = c.purl ? parsePurl(c.purl, `${path}.purl`) : undefined;
    if (purl && !purl.ok)
      this.issues.push(...purl.issues.map((i) => ({ ...i, code: 'VEX_INVALID' as const })));
    return {
      ...(purl?.ok ? { purl: purl.value } : {}),
      ...(!purl?.ok && c.name ? { name: c.name } : {}),
      ...(!purl?.ok && c.version ? { version: c.version } : {}),
      ...(c.cpe ? { cpe: c.cpe } : {}),
      subcomponents: [],
    };
  }
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
