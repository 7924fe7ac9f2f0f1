import { randomBytes } from 'node:crypto';
import { InputError, type InputIssue, quoteValue } from '../../core/input/index.js';
import { formatPurl, normalizePurl, parsePurl } from '../../core/purl/index.js';
import { DECISIONS, type Decision } from '../../core/risk/index.js';
import { parseTwinName } from '../../core/twin/index.js';
import { TRANSITION_KINDS } from '../lifecycle/index.js';
import {
  NOTIFY_CHANNELS,
  NOTIFY_KINDS,
  type NotifyChannel,
  type NotifyKind,
  type Subscription,
} from './events.js';

/** A subscription as given (CLI options, an API body). */
export interface SubscriptionRequest {
  readonly name?: string | undefined;
  readonly channel?: string | undefined;
  readonly url?: string | undefined;
  /** webhook: a `whsec_…` secret; generated when not given. */
  readonly secret?: string | undefined;
  readonly team?: string | undefined;
  readonly environment?: string | undefined;
  readonly minDecision?: string | undefined;
  readonly kevOnly?: boolean | undefined;
  readonly package?: string | undefined;
  readonly advisory?: string | undefined;
  readonly kinds?: readonly string[] | undefined;
  readonly digestMinutes?: string | number | undefined;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const SECRET = /^whsec_[A-Za-z0-9+/]{32,}={0,2}$/;

/**
 * Checks a subscription: a name, a known channel, an http(s) URL without credentials, a Standard Webhooks secret
 * for webhooks (made when not given), known kinds and decision, a valid package and digest period. Where the URL
 * resolves is checked when sending (after DNS), not here. @throws InputError naming each field.
 */
export function checkSubscription(
  r: SubscriptionRequest,
  who: { readonly actor: string; readonly now: string },
): Omit<Subscription, 'id'> {
  const issues: InputIssue[] = [];
  const bad = (path: string, message: string) => issues.push({ code: 'OPTION_INVALID', path, message });
  const name = r.name?.trim() ?? '';
  if (!NAME.test(name))
    bad('name', `${quoteValue(name)} is not a name; expected 1-64 letters, digits, ".", "_" or "-"`);
  const channel = (r.channel ?? 'webhook').trim();
  if (!(NOTIFY_CHANNELS as readonly string[]).includes(channel))
    bad('channel', `${quoteValue(channel)} is not a channel; expected one of ${NOTIFY_CHANNELS.join(', ')}`);
  let url: URL | undefined;
  try {
    url = new URL(r.url ?? '');
  } catch {
    bad('url', `${quoteValue(r.url ?? '')} is not a URL; expected http(s)://host/path`);
  }
  if (url && url.protocol !== 'https:' && url.protocol !== 'http:')
    bad('url', `${url.protocol} URLs are refused; expected http or https`);
  if (url && (url.username || url.password))
    bad('url', 'credentials in the URL are refused (they would be stored and shown)');
  let secret = r.secret?.trim() || undefined;
  if (channel === 'webhook') {
    if (secret === undefined) secret = `whsec_${randomBytes(24).toString('base64')}`;
    else if (!SECRET.test(secret))
      bad('secret', 'expected a Standard Webhooks secret: whsec_ and at least 24 bytes of base64');
  } else if (secret !== undefined) bad('secret', `only webhook subscriptions are signed, not ${channel}`);
  let environment: string | undefined;
  if (r.environment !== undefined) {
    const parsed = parseTwinName(r.environment, 'environment', 'an environment');
    if (!parsed.ok) issues.push(...parsed.issues);
    else environment = parsed.value;
  }
  const team = r.team?.trim() || undefined;
  if (team !== undefined && !/^[\w.-]{1,64}$/.test(team))
    bad('team', 'expected 1-64 letters, digits, ".", "_" or "-"');
  const minDecision =
    r.minDecision === undefined
      ? undefined
      : DECISIONS.find((d) => d.toLowerCase() === r.minDecision?.trim().toLowerCase());
  if (r.minDecision !== undefined && !minDecision)
    bad(
      'minDecision',
      `${quoteValue(r.minDecision)} is not a decision; expected one of ${DECISIONS.join(', ')}`,
    );
  let pkg: string | undefined;
  if (r.package !== undefined) {
    const parsed = parsePurl(r.package.trim(), 'package');
    if (!parsed.ok) issues.push(...parsed.issues);
    else pkg = formatPurl({ ...normalizePurl(parsed.value), version: '' });
  }
  const advisory = r.advisory?.trim() || undefined;
  if (advisory !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/.test(advisory))
    bad('advisory', `${quoteValue(advisory)} is not a vulnerability id`);
  // without kinds: every exposure kind, and a stale feed for global subscriptions only — a team's or one narrowed
  // to a package or advisory hears about feeds only when it asks (ADR 083)
  const global =
    team === undefined && environment === undefined && pkg === undefined && advisory === undefined;
  const kinds =
    r.kinds && r.kinds.length > 0
      ? [...new Set(r.kinds.map((k) => k.trim()))]
      : [...TRANSITION_KINDS, ...(global ? (['feed_stale'] as const) : [])];
  const unknown = kinds.filter((k) => !(NOTIFY_KINDS as readonly string[]).includes(k));
  if (unknown.length > 0)
    bad('kinds', `${unknown.map((k) => quoteValue(k)).join(', ')}: expected ${NOTIFY_KINDS.join(', ')}`);
  const digest = r.digestMinutes === undefined ? undefined : Number(r.digestMinutes);
  if (digest !== undefined && (!Number.isInteger(digest) || digest < 1 || digest > 1440))
    bad(
      'digestMinutes',
      `${quoteValue(String(r.digestMinutes))} is not a whole number of minutes between 1 and 1440`,
    );
  if (issues.length > 0) throw new InputError(issues);
  return {
    name,
    channel: channel as NotifyChannel,
    url: (url as URL).toString(),
    ...(secret ? { secret } : {}),
    ...(team ? { team } : {}),
    ...(environment ? { environment } : {}),
    ...(minDecision ? { minDecision: minDecision as Decision } : {}),
    kevOnly: r.kevOnly === true,
    ...(pkg ? { package: pkg } : {}),
    ...(advisory ? { advisory } : {}),
    kinds: kinds as NotifyKind[],
    ...(digest ? { digestMinutes: digest } : {}),
    createdBy: who.actor,
    createdAt: who.now,
  };
}
