import type { GroupRules } from '../../app/auth/index.js';
import { inputError, quoteValue } from '../../core/input/index.js';
import type { OidcClientSettings } from '../oidc/index.js';
import { OIDC_SETTINGS, type RawSetting, type VigilConfig } from './vigil-config.js';

/** OIDC login as `vigil serve` runs it (ADR 076). */
export interface OidcSettings extends OidcClientSettings {
  /** Where the IdP sends browsers back; absent: `<listen URL>/auth/callback` (loopback listeners only). */
  readonly redirectUrl?: URL;
  /** How groups give people a team and admin. */
  readonly rules: GroupRules;
}

const TEAM = /^[\w.-]{1,64}$/;

/**
 * The OIDC settings, checked; undefined when `VIGIL_OIDC_ISSUER` is not set (and no other `VIGIL_OIDC_*` is).
 * @throws InputError naming the setting: a URL that is not https (http only on loopback), no client id, no
 * redirect URL for a listener beyond this machine, a team map that does not parse, or no rule at all.
 */
export function oidcSettings(
  config: VigilConfig,
  opts: { readonly loopback: boolean },
): OidcSettings | undefined {
  const o = config.oidc;
  if (!o.issuer) {
    const stray = Object.values(o)[0];
    if (stray)
      throw inputError(
        'OPTION_INVALID',
        stray.from,
        `is set but ${OIDC_SETTINGS.issuer} is not; set the issuer to turn OIDC login on`,
      );
    return undefined;
  }
  if (!o.clientId)
    throw inputError(
      'OPTION_INVALID',
      OIDC_SETTINGS.clientId,
      'is not set; expected the client id the IdP gave Vigil',
    );
  const redirectUrl = o.redirectUrl && urlOf(o.redirectUrl);
  if (!redirectUrl && !opts.loopback)
    throw inputError(
      'OPTION_INVALID',
      OIDC_SETTINGS.redirectUrl,
      'is not set, and serve listens beyond this machine; expected the URL of /auth/callback as browsers reach it',
    );
  const scopes = (o.scopes?.value ?? 'openid profile groups').trim().split(/\s+/);
  if (!scopes.includes('openid'))
    throw inputError('OPTION_INVALID', OIDC_SETTINGS.scopes, `${quoteValue(o.scopes?.value)} lacks "openid"`);
  const rules: GroupRules = {
    ...(o.adminGroup ? { adminGroup: o.adminGroup.value.trim() } : {}),
    teams: o.teamMap ? teamMapOf(o.teamMap) : [],
  };
  if (rules.adminGroup === undefined && rules.teams.length === 0)
    throw inputError(
      'OPTION_INVALID',
      OIDC_SETTINGS.teamMap,
      `is not set, nor ${OIDC_SETTINGS.adminGroup}: no group would let anyone in`,
    );
  return {
    issuer: urlOf(o.issuer),
    clientId: o.clientId.value,
    ...(o.clientSecret ? { clientSecret: o.clientSecret.value } : {}),
    ...(redirectUrl ? { redirectUrl } : {}),
    scopes: scopes.join(' '),
    groupsClaim: o.groupsClaim?.value.trim() ?? 'groups',
    rules,
  };
}

/** An https URL, or http on a loopback host (a local IdP): tokens and codes must not cross a network in clear. */
function urlOf(setting: RawSetting): URL {
  let url: URL | undefined;
  try {
    url = new URL(setting.value);
  } catch {}
  const loopback = url && /^(localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\])$/.test(url.hostname);
  if (!url || !(url.protocol === 'https:' || (url.protocol === 'http:' && loopback)))
    throw inputError(
      'OPTION_INVALID',
      setting.from,
      `${quoteValue(setting.value)} is not an https URL (http only on 127.0.0.1 or localhost)`,
    );
  return url;
}

/** `group=team,group=team`, in order of precedence; a group may hold `=` (the last one separates). */
function teamMapOf(setting: RawSetting): GroupRules['teams'] {
  return setting.value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      const at = entry.lastIndexOf('=');
      const group = entry.slice(0, at).trim();
      const team = entry.slice(at + 1).trim();
      if (at <= 0 || group === '' || !TEAM.test(team))
        throw inputError(
          'OPTION_INVALID',
          setting.from,
          `${quoteValue(entry)} is not group=team; expected e.g. shop-developers=shop,payments=pay (a team is 1-64 letters, digits, ".", "_" or "-")`,
        );
      return { group, team };
    });
}
