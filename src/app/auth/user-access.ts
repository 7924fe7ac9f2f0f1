import type { Permission } from './permissions.js';

/**
 * What a person logged in through OIDC may do unless in the admin group: read, triage, and manage their team's
 * notification subscriptions (ADR 076).
 */
export const USER_SCOPES = [
  'exposures:read',
  'twin:read',
  'feeds:read',
  'triage:write',
  'notify:write',
] as const satisfies readonly Permission[];

/** The team of admins whose groups map to no team. */
export const ADMIN_TEAM = 'admins';

/** How the IdP's groups give a person Vigil access: one group for admins, and groups for teams, in order. */
export interface GroupRules {
  readonly adminGroup?: string;
  readonly teams: readonly { readonly group: string; readonly team: string }[];
}

/** A person's standing in Vigil, resolved at login. */
export interface UserAccess {
  readonly team: string;
  readonly admin: boolean;
}

/**
 * A person's team and admin flag from their groups: the first rule whose group they are in gives the team (the
 * order of the rules decides for people in several); the admin group makes them admin (team `admins` unless a
 * rule gives one). Undefined when no group gives them anything: such a person is refused at login.
 */
export function accessOfGroups(groups: readonly string[], rules: GroupRules): UserAccess | undefined {
  const admin = rules.adminGroup !== undefined && groups.includes(rules.adminGroup);
  const team = rules.teams.find((r) => groups.includes(r.group))?.team;
  if (team !== undefined) return { team, admin };
  return admin ? { team: ADMIN_TEAM, admin } : undefined;
}

/** The permissions of a person: everything for admins, else `USER_SCOPES`. */
export const userScopes = (admin: boolean): readonly Permission[] => (admin ? ['admin'] : USER_SCOPES);
