// Registries that treat names case-insensitively.
const CASE_INSENSITIVE = new Set([
  'npm',
  'NuGet',
  'Packagist',
  'crates.io',
  'Hex',
  'Pub',
  'Bitnami',
  'Alpine',
  'Debian',
  'Ubuntu',
]);

/**
 * A package name as matching compares it: PyPI per PEP 503 (lower case, runs of `-`, `_`, `.` become `-`),
 * case-insensitive registries in lower case, others unchanged.
 * @example packageNameKey('PyPI', 'Jinja2') === packageNameKey('PyPI', 'jinja2')
 */
export function packageNameKey(base: string, name: string): string {
  if (base === 'PyPI') return name.toLowerCase().replace(/[-_.]+/g, '-');
  return CASE_INSENSITIVE.has(base) ? name.toLowerCase() : name;
}
