/** What a token may do. `admin` may do everything, including managing tokens and reading the audit log. */
export const PERMISSIONS = [
  'exposures:read',
  'twin:read',
  'feeds:read',
  'sbom:write',
  'deploy:write',
  'k8s:write',
  'vex:write',
  'feeds:write',
  'triage:write',
  'notify:write',
  'admin',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Whether scopes grant a permission. */
export const grants = (scopes: readonly Permission[], wanted: Permission): boolean =>
  scopes.includes('admin') || scopes.includes(wanted);
