/** The default cap on an SBOM's size: 512 MiB (the CLI reads `VIGIL_MAX_SBOM_BYTES`). */
export const DEFAULT_MAX_SBOM_BYTES = 512 * 1024 * 1024;

/**
 * The default cap on nesting (objects and arrays in JSON, elements in XML). A CycloneDX component nested n
 * levels deep sits at about 2n + 6, so 64 leaves room for 29 levels of nested components.
 */
export const DEFAULT_MAX_SBOM_DEPTH = 64;

/** `1536` → `1.5 KiB`; whole numbers lose the decimal (`512 MiB`). */
export function formatByteSize(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const text = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return `${text} ${units[unit]}`;
}
