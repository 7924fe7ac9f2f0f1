import { describe, expect, it } from 'vitest';
import { isInputError } from '../../core/input/index.js';
import { oidcSettings } from './oidc-settings.js';
import { readVigilConfig } from './vigil-config.js';

const BASE = {
  VIGIL_OIDC_ISSUER: 'https://idp.example.org/realms/main',
  VIGIL_OIDC_CLIENT_ID: 'vigil',
  VIGIL_OIDC_ADMIN_GROUP: 'vigil-admins',
};
const settings = (env: Record<string, string>, loopback = true) =>
  oidcSettings(readVigilConfig(env, '/'), { loopback });
const refusal = (env: Record<string, string>, loopback = true): string => {
  try {
    settings(env, loopback);
  } catch (error) {
    if (isInputError(error)) return error.issues.map((i) => `${i.path}: ${i.message}`).join('; ');
    throw error;
  }
  return 'accepted';
};

describe('oidcSettings: VIGIL_OIDC_*, checked when serve starts', () => {
  it('is off without an issuer, and on with defaults for what is not given', () => {
    expect(settings({})).toBeUndefined();
    expect(settings(BASE)).toEqual({
      issuer: new URL(BASE.VIGIL_OIDC_ISSUER),
      clientId: 'vigil',
      scopes: 'openid profile groups',
      groupsClaim: 'groups',
      rules: { adminGroup: 'vigil-admins', teams: [] },
    });
  });

  it('reads the team map in order; a group may hold "=" (the last one separates)', () => {
    const s = settings({ ...BASE, VIGIL_OIDC_TEAM_MAP: ' shop-devs = shop , cn=pay=pay,, ' });
    expect(s?.rules.teams).toEqual([
      { group: 'shop-devs', team: 'shop' },
      { group: 'cn=pay', team: 'pay' },
    ]);
  });

  it('takes a secret, a redirect URL, scopes and a claim, and an http IdP on loopback', () => {
    const s = settings(
      {
        ...BASE,
        VIGIL_OIDC_ISSUER: 'http://127.0.0.1:8080',
        VIGIL_OIDC_CLIENT_SECRET: 's3cret',
        VIGIL_OIDC_REDIRECT_URL: 'https://vigil.example.org/auth/callback',
        VIGIL_OIDC_SCOPES: 'openid  email',
        VIGIL_OIDC_GROUPS_CLAIM: 'roles',
      },
      false,
    );
    expect(s).toMatchObject({
      clientSecret: 's3cret',
      redirectUrl: new URL('https://vigil.example.org/auth/callback'),
      scopes: 'openid email',
      groupsClaim: 'roles',
    });
  });

  it.each<[string, Record<string, string>, boolean, RegExp]>([
    [
      'a setting without the issuer',
      { VIGIL_OIDC_CLIENT_ID: 'vigil' },
      true,
      /^VIGIL_OIDC_CLIENT_ID: is set but VIGIL_OIDC_ISSUER/,
    ],
    ['no client id', { ...BASE, VIGIL_OIDC_CLIENT_ID: '' }, true, /^VIGIL_OIDC_CLIENT_ID: is not set/],
    [
      'an http IdP elsewhere',
      { ...BASE, VIGIL_OIDC_ISSUER: 'http://idp.example.org' },
      true,
      /^VIGIL_OIDC_ISSUER: "http:\/\/idp\.example\.org" is not an https URL/,
    ],
    [
      'not a URL',
      { ...BASE, VIGIL_OIDC_ISSUER: 'idp' },
      true,
      /^VIGIL_OIDC_ISSUER: "idp" is not an https URL/,
    ],
    [
      'no redirect URL beyond loopback',
      BASE,
      false,
      /^VIGIL_OIDC_REDIRECT_URL: is not set, and serve listens beyond/,
    ],
    [
      'scopes without openid',
      { ...BASE, VIGIL_OIDC_SCOPES: 'profile' },
      true,
      /^VIGIL_OIDC_SCOPES: "profile" lacks "openid"/,
    ],
    [
      'a team map entry without a team',
      { ...BASE, VIGIL_OIDC_TEAM_MAP: 'shop-devs' },
      true,
      /^VIGIL_OIDC_TEAM_MAP: "shop-devs" is not group=team/,
    ],
    [
      'a team name that is not one',
      { ...BASE, VIGIL_OIDC_TEAM_MAP: 'devs=a team' },
      true,
      /^VIGIL_OIDC_TEAM_MAP: "devs=a team" is not group=team/,
    ],
    [
      'no rule at all',
      { ...BASE, VIGIL_OIDC_ADMIN_GROUP: '' },
      true,
      /^VIGIL_OIDC_TEAM_MAP: is not set, nor VIGIL_OIDC_ADMIN_GROUP/,
    ],
  ])('refuses %s, naming the setting', (_what, env, loopback, expected) => {
    expect(refusal(env, loopback)).toMatch(expected);
  });

  it('never echoes the client secret', () => {
    expect(refusal({ VIGIL_OIDC_CLIENT_SECRET: 'hunter2' })).not.toContain('hunter2');
  });
});
