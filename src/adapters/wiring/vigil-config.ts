import { homedir } from 'node:os';
import { join } from 'node:path';
import { inputError } from '../../core/input/index.js';

/** Where the twin is stored: the embedded PGlite folder, or a PostgreSQL database. */
export type StoreConfig =
  | { readonly kind: 'embedded'; readonly home: string }
  | { readonly kind: 'postgres'; readonly url: string; readonly poolMax: number };

/** A setting as given, with the name it was given under, so that a bad value's message can name it. */
export interface RawSetting {
  readonly value: string;
  readonly from: string;
}

/** The `VIGIL_OIDC_*` settings (ADR 076), by the field they fill. */
export const OIDC_SETTINGS = {
  issuer: 'VIGIL_OIDC_ISSUER',
  clientId: 'VIGIL_OIDC_CLIENT_ID',
  clientSecret: 'VIGIL_OIDC_CLIENT_SECRET',
  redirectUrl: 'VIGIL_OIDC_REDIRECT_URL',
  scopes: 'VIGIL_OIDC_SCOPES',
  groupsClaim: 'VIGIL_OIDC_GROUPS_CLAIM',
  adminGroup: 'VIGIL_OIDC_ADMIN_GROUP',
  teamMap: 'VIGIL_OIDC_TEAM_MAP',
} as const;

/**
 * Everything Vigil takes from its environment, read once by `readVigilConfig`. Every interface (the CLI,
 * `vigil serve`) builds its use cases from one of these through `openVigil`.
 */
export interface VigilConfig {
  /** Relative paths in settings are resolved against it. */
  readonly cwd: string;
  readonly store: StoreConfig;
  /** The risk model's YAML; absent: the shipped `config/risk.yaml`. */
  readonly riskConfigFile?: string;
  /** SBOM size cap; absent: 512 MiB. Validated when used. */
  readonly maxSbomBytes?: RawSetting;
  /** Notifications: CIDRs (comma-separated) they may reach although private or loopback (`VIGIL_NOTIFY_ALLOW`). */
  readonly notifyAllow?: RawSetting;
  /** Hours without a successful sync before serve tells a feed is stale (`VIGIL_NOTIFY_FEED_STALE_HOURS`). */
  readonly notifyFeedStaleHours?: RawSetting;
  /** The job queue's lease (`VIGIL_JOB_LEASE_SECONDS`): how soon a dead worker's job is taken over. */
  readonly jobLeaseSeconds?: RawSetting;
  readonly feeds: {
    readonly osvMirror?: RawSetting;
    readonly osvUrl?: string;
    readonly kev?: string;
    readonly epss?: string;
    /** Records per sync transaction; validated when a sync uses it. */
    readonly syncBatchSize?: RawSetting;
  };
  readonly registry: { readonly username?: string; readonly password?: string };
  /** Docker's config folder and home, for registry credentials (`docker login`). */
  readonly docker: { readonly configDir?: string };
  /** `$KUBECONFIG`: when set, `scan` reads the live cluster it names (as kubectl merges it). */
  readonly kubeconfig?: string;
  /** `~/.kube/config`: `scan` reads it when present and `$KUBECONFIG` is not set. */
  readonly defaultKubeconfig: string;
  /** OIDC login for people, as given (empty: none); checked by `oidcSettings` when serve starts. */
  readonly oidc: { readonly [K in keyof typeof OIDC_SETTINGS]?: RawSetting };
  /** Print stacks of unexpected errors. */
  readonly debug: boolean;
  /** Fault injection for the crash tests (`VIGIL_CRASH_AT_STATEMENT`: a number, or `count`); never set in use. */
  readonly crashAtStatement?: string;
  /** One line per committed feed batch (tests use it to know when a sync has durable progress). */
  readonly syncLogBatches: boolean;
  /** The environment itself, for child processes (Docker credential helpers) — never read for settings. */
  readonly processEnv: Readonly<Record<string, string | undefined>>;
}

type Env = Readonly<Record<string, string | undefined>>;

const nonEmpty = (v: string | undefined): string | undefined => (v === undefined || v === '' ? undefined : v);
const raw = (env: Env, name: string): RawSetting | undefined => {
  const value = nonEmpty(env[name]);
  return value === undefined ? undefined : { value, from: name };
};

/** The one place `VIGIL_*` (and `KUBECONFIG`, `DOCKER_CONFIG`) are read. Values are checked where used. */
export function readVigilConfig(env: Env, cwd: string): VigilConfig {
  const url = nonEmpty(env.VIGIL_DATABASE_URL);
  const riskConfigFile = nonEmpty(env.VIGIL_RISK_CONFIG);
  const maxSbomBytes = raw(env, 'VIGIL_MAX_SBOM_BYTES');
  const notifyAllow = raw(env, 'VIGIL_NOTIFY_ALLOW');
  const notifyFeedStaleHours = raw(env, 'VIGIL_NOTIFY_FEED_STALE_HOURS');
  const jobLeaseSeconds = raw(env, 'VIGIL_JOB_LEASE_SECONDS');
  const osvMirror = raw(env, 'VIGIL_OSV_MIRROR');
  const osvUrl = nonEmpty(env.VIGIL_OSV_URL);
  const kev = nonEmpty(env.VIGIL_KEV);
  const epss = nonEmpty(env.VIGIL_EPSS);
  const syncBatchSize = raw(env, 'VIGIL_SYNC_BATCH_SIZE');
  const username = env.VIGIL_REGISTRY_USERNAME;
  const password = env.VIGIL_REGISTRY_PASSWORD;
  const dockerConfig = nonEmpty(env.DOCKER_CONFIG) ?? (env.HOME ? join(env.HOME, '.docker') : undefined);
  return {
    cwd,
    store: url
      ? { kind: 'postgres', url, poolMax: 4 }
      : { kind: 'embedded', home: nonEmpty(env.VIGIL_HOME) ?? join(homedir(), '.vigil') },
    ...(riskConfigFile ? { riskConfigFile } : {}),
    ...(maxSbomBytes ? { maxSbomBytes } : {}),
    ...(notifyAllow ? { notifyAllow } : {}),
    ...(notifyFeedStaleHours ? { notifyFeedStaleHours } : {}),
    ...(jobLeaseSeconds ? { jobLeaseSeconds } : {}),
    feeds: {
      ...(osvMirror ? { osvMirror } : {}),
      ...(osvUrl ? { osvUrl } : {}),
      ...(kev ? { kev } : {}),
      ...(epss ? { epss } : {}),
      ...(syncBatchSize ? { syncBatchSize } : {}),
    },
    registry: {
      ...(username !== undefined ? { username } : {}),
      ...(password !== undefined ? { password } : {}),
    },
    docker: dockerConfig ? { configDir: dockerConfig } : {},
    ...(env.KUBECONFIG !== undefined ? { kubeconfig: env.KUBECONFIG } : {}),
    defaultKubeconfig: join(homedir(), '.kube', 'config'),
    oidc: Object.fromEntries(
      Object.entries(OIDC_SETTINGS).flatMap(([field, name]) => {
        const setting = raw(env, name);
        return setting ? [[field, setting]] : [];
      }),
    ),
    debug: Boolean(nonEmpty(env.VIGIL_DEBUG)),
    syncLogBatches: env.VIGIL_SYNC_LOG_BATCHES === '1',
    ...(nonEmpty(env.VIGIL_CRASH_AT_STATEMENT)
      ? { crashAtStatement: env.VIGIL_CRASH_AT_STATEMENT as string }
      : {}),
    processEnv: env,
  };
}

/**
 * A positive whole number from a flag (`flag`, named `flagName`) or a setting, else `fallback`.
 * @throws InputError naming the flag or the setting.
 */
export function positiveInteger(
  flag: { readonly value: string | undefined; readonly name: string },
  setting: RawSetting | undefined,
  fallback: number,
  what = 'positive whole number',
): number {
  const given = flag.value !== undefined ? { value: flag.value, from: flag.name } : setting;
  if (!given) return fallback;
  const n = Number(given.value);
  if (!Number.isInteger(n) || n <= 0)
    throw inputError('OPTION_INVALID', given.from, `${JSON.stringify(given.value)} is not a ${what}`);
  return n;
}
