import { InputError, type InputIssue, inputError } from '../../core/input/index.js';
import { parseInstant } from '../../core/twin/index.js';
import { PERMISSIONS, type Permission } from './permissions.js';
import type { AuthRepository, StoredToken } from './ports.js';
import { findBySecret, randomSecret, sha256Hex as sha256 } from './secret-digest.js';

/** Every token starts so, which lets secret scanners (and people) recognise a leaked one. */
const TOKEN_PREFIX = 'vgl_';

export interface CreateTokenInput {
  readonly name: string;
  readonly team: string;
  readonly scopes: readonly string[];
  /** RFC 3339, or a duration from now: `30d`, `12h`, `90m`. Absent: never expires. */
  readonly expires?: string | undefined;
}

/** A token as created: `token` is shown this once and never stored. */
export interface CreatedToken extends StoredToken {
  readonly token: string;
}

/**
 * Creates a token: 256 random bits, stored as their SHA-256, and audits it.
 * @throws InputError naming `name`, `team`, `scopes` or `expires`.
 */
export async function createToken(
  repo: AuthRepository,
  input: CreateTokenInput,
  ctx: { readonly actor: string; readonly now: Date },
): Promise<CreatedToken> {
  const issues: InputIssue[] = [];
  const name = input.name.trim();
  const team = input.team.trim();
  if (!/^[\w.@-]{1,64}$/.test(name))
    issues.push({
      code: 'FIELD_INVALID',
      path: 'name',
      message: 'expected 1-64 letters, digits, ".", "_", "@" or "-"',
    });
  if (!/^[\w.-]{1,64}$/.test(team))
    issues.push({
      code: 'FIELD_INVALID',
      path: 'team',
      message: 'expected 1-64 letters, digits, ".", "_" or "-"',
    });
  const unknown = input.scopes.filter((s) => !(PERMISSIONS as readonly string[]).includes(s));
  if (input.scopes.length === 0 || unknown.length > 0)
    issues.push({
      code: 'OPTION_INVALID',
      path: 'scopes',
      message: `${unknown.length > 0 ? `unknown ${unknown.map((u) => JSON.stringify(u)).join(', ')}; ` : ''}expected some of ${PERMISSIONS.join(', ')}`,
    });
  const expiresAt = input.expires === undefined ? null : expiryOf(input.expires, ctx.now, issues);
  if (issues.length > 0) throw new InputError(issues);
  const token = `${TOKEN_PREFIX}${randomSecret()}`;
  const stored = await repo.createToken({
    name,
    team,
    scopes: [...new Set(input.scopes)] as Permission[],
    prefix: token.slice(0, TOKEN_PREFIX.length + 6),
    sha256: sha256(token),
    expiresAt,
  });
  await repo.audit({
    actor: ctx.actor,
    action: 'token.create',
    target: `token:${stored.id}`,
    detail: { name, team, scopes: stored.scopes },
  });
  return { ...stored, token };
}

function expiryOf(text: string, now: Date, issues: InputIssue[]): string | null {
  const duration = /^(\d{1,6})([dhm])$/.exec(text.trim());
  if (duration) {
    const unit = { d: 86_400_000, h: 3_600_000, m: 60_000 }[duration[2] as 'd' | 'h' | 'm'];
    return new Date(now.getTime() + Number(duration[1]) * unit).toISOString();
  }
  const at = parseInstant(text, 'expires');
  if (at.ok) return at.value;
  issues.push({
    code: 'TIME_INVALID',
    path: 'expires',
    message: `${JSON.stringify(text)}: expected RFC 3339 or 30d, 12h, 90m`,
  });
  return null;
}

/** Who made a request: a token's identity and what it may do. */
export interface Principal {
  readonly tokenId: number;
  readonly name: string;
  readonly team: string;
  readonly scopes: readonly Permission[];
}

/** Why a credential was refused; the API answers 401 for every one of them alike. */
export type Refused = 'missing' | 'malformed' | 'unknown' | 'expired' | 'revoked';

/**
 * Checks a presented token. The store is asked by the token's hash and the hashes are compared in constant time
 * (`findBySecret`), so neither the lookup nor the comparison tells how much of a guess was right.
 */
export async function authenticate(
  repo: AuthRepository,
  presented: string | undefined,
  now: Date,
): Promise<{ readonly principal: Principal } | { readonly refused: Refused }> {
  const found = await findBySecret(presented, /^vgl_[A-Za-z0-9_-]{43}$/, (h) => repo.tokenByHash(h));
  if ('refused' in found) return found;
  const { stored } = found;
  if (stored.revokedAt !== null) return { refused: 'revoked' };
  if (stored.expiresAt !== null && Date.parse(stored.expiresAt) <= now.getTime())
    return { refused: 'expired' };
  await repo.touchToken(stored.id, now.toISOString());
  return { principal: { tokenId: stored.id, name: stored.name, team: stored.team, scopes: stored.scopes } };
}

/** Revokes a token and audits it. @throws InputError (`id`) when there is no such token. */
export async function revokeToken(
  repo: AuthRepository,
  id: number,
  ctx: { readonly actor: string; readonly now: Date },
): Promise<void> {
  if (!Number.isSafeInteger(id) || !(await repo.revokeToken(id, ctx.now.toISOString())))
    throw inputError('OPTION_INVALID', 'id', `${id} is not a token's id; expected the id of a listed token`);
  await repo.audit({ actor: ctx.actor, action: 'token.revoke', target: `token:${id}`, detail: {} });
}

/**
 * Gives an environment to a team (`null`: to admins only) and audits it.
 * @throws InputError naming `team` (bad name) or `environment` (none such).
 */
export async function assignEnvironment(
  repo: AuthRepository,
  environment: string,
  team: string | null,
  ctx: { readonly actor: string },
): Promise<void> {
  if (team !== null && !/^[\w.-]{1,64}$/.test(team))
    throw inputError('FIELD_INVALID', 'team', 'expected 1-64 letters, digits, ".", "_" or "-"');
  if (!(await repo.setEnvironmentTeam(environment, team)))
    throw inputError(
      'ENVIRONMENT_UNKNOWN',
      'environment',
      `${JSON.stringify(environment)} is not an environment of the twin`,
    );
  await repo.audit({
    actor: ctx.actor,
    action: 'environment.team',
    target: `environment:${environment}`,
    detail: { team },
  });
}
