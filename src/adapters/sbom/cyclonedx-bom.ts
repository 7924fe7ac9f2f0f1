/**
 * The part of a CycloneDX 1.2–1.6 BOM that Vigil reads, in its JSON shape. The JSON parser gets it after
 * schema validation; the XML parser builds it from the elements of the same names.
 */
export interface CdxBom {
  readonly bomFormat: 'CycloneDX';
  readonly specVersion: string;
  readonly serialNumber?: string;
  readonly version?: number;
  readonly metadata?: CdxMetadata;
  readonly components?: readonly CdxComponent[];
  readonly dependencies?: readonly CdxDependency[];
}

export interface CdxMetadata {
  readonly timestamp?: string;
  /** An array up to 1.4; from 1.5 preferably `{ components, services }` (the array form is deprecated). */
  readonly tools?:
    | readonly CdxTool[]
    | { readonly components?: readonly CdxTool[]; readonly services?: readonly CdxTool[] };
  readonly component?: CdxComponent;
}

export interface CdxTool {
  readonly vendor?: string;
  readonly group?: string;
  readonly name?: string;
  readonly version?: string;
}

export interface CdxComponent {
  readonly type: string;
  readonly 'bom-ref'?: string;
  readonly group?: string;
  readonly name: string;
  /** Required up to 1.3. */
  readonly version?: string;
  readonly scope?: 'required' | 'optional' | 'excluded';
  readonly hashes?: readonly CdxHash[];
  readonly licenses?: readonly CdxLicenseChoice[];
  readonly cpe?: string;
  readonly purl?: string;
  readonly properties?: readonly CdxProperty[];
  readonly components?: readonly CdxComponent[];
}

export interface CdxHash {
  readonly alg: string;
  readonly content: string;
}

export type CdxLicenseChoice =
  | { readonly license: { readonly id?: string; readonly name?: string } }
  | { readonly expression: string };

export interface CdxProperty {
  readonly name: string;
  readonly value?: string;
}

export interface CdxDependency {
  readonly ref: string;
  readonly dependsOn?: readonly string[];
}
