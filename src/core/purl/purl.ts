/**
 * A package URL split into its parts, normalised per ecosystem (see `normalizePurl`).
 * Stored as columns, never only as a string: packageurl-js strings are not canonical.
 */
export interface Purl {
  readonly type: string;
  /** '' when the type has no namespace. */
  readonly namespace: string;
  readonly name: string;
  /** '' when the purl has no version. */
  readonly version: string;
  readonly qualifiers: Readonly<Record<string, string>>;
  readonly subpath: string;
}
