import type { paths } from './api-types';

// The dashboard's only way to the server: the public HTTP API under /api/v1. Types come from the API's OpenAPI
// document (api-types.ts, generated and checked by test/browser/api-types.test.ts).

type GetOperation<P extends keyof paths> = paths[P] extends { get: infer O } ? O : never;
type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;

/** The API's paths that answer GET. */
export type GetPath = { [P in keyof paths]: paths[P] extends { get: object } ? P : never }[keyof paths];
/** What a GET answers with 200. */
export type Answer<P extends GetPath> = JsonOf<
  GetOperation<P> extends { responses: { 200: infer R } } ? R : never
>;
type QueryOf<P extends GetPath> = GetOperation<P> extends { parameters: { query?: infer Q } } ? Q : never;
type ParamsOf<P extends GetPath> = GetOperation<P> extends { parameters: { path: infer X } } ? X : never;

export type ExposurePage = Answer<'/api/v1/exposures'>;
export type Exposure = ExposurePage['exposures'][number];
export type ExposureQuery = NonNullable<QueryOf<'/api/v1/exposures'>>;
export type Status = Answer<'/api/v1/status'>;
export type Impact = Answer<'/api/v1/impact/{id}'>;
export type ImpactExposure = Impact['exposures'][number];
export type Me = Answer<'/api/v1/me'>;
export type Trends = Answer<'/api/v1/trends'>;
export type Mttr = Answer<'/api/v1/mttr'>;
export type ExposureHistory = Answer<'/api/v1/exposures/history/{id}'>;
export type Decision = Exposure['decision'];

// The twin, gaps and advisory routes answer records whose shape the use case defines (the API documents them
// as open objects): these are the fields the dashboard reads, as `vigil twin show --json`, `vigil twin gaps
// --json` and `vigil advisory show --json` print them.
type OpenRecord<P extends GetPath> =
  Answer<P> extends Record<string, unknown> | Record<string, unknown>[] ? true : never;
const _openRecords: [
  OpenRecord<'/api/v1/twin'>,
  OpenRecord<'/api/v1/twin/gaps'>,
  OpenRecord<'/api/v1/advisories/{id}'>,
] = [true, true, true];
void _openRecords;

export interface TwinRow {
  readonly environment: string;
  readonly cluster: string | null;
  readonly namespace: string;
  readonly workload: string;
  readonly kind: string;
  readonly digest: string | null;
  readonly image: string;
  readonly internetFacing: boolean;
  readonly sbom: boolean;
}

export type GapRow =
  | {
      kind: 'coverage';
      environment: string;
      runningDigests: number;
      withSbom: number;
      coveragePercent: number;
    }
  | { kind: 'no-sbom'; environment: string; digest: string; image: string; workloads: string[] }
  | { kind: 'unresolved-image'; environment: string; workload: string; container: string; image: string }
  | {
      kind: 'drift';
      environment: string;
      workload: string;
      declared: string;
      declaredAt: string;
      observed: string[];
    }
  | { kind: 'sbom-not-running'; digest: string; name: string; sbomId: number; declared: boolean };

export interface Vulnerability {
  readonly vulnerabilityId: string;
  readonly ids: readonly string[];
  readonly advisories: readonly {
    readonly id: string;
    readonly summary: string;
    readonly details: string;
    readonly modified: string;
    readonly published?: string;
    readonly withdrawn?: string;
    readonly severity: readonly { readonly type: string; readonly score: string }[];
    readonly affected: readonly {
      readonly ecosystem: string;
      readonly name: string;
      readonly ranges: readonly string[];
    }[];
    readonly references: readonly string[];
  }[];
  readonly kev: readonly {
    readonly cveId: string;
    readonly firstDateAdded: string;
    readonly entry: { readonly dueDate?: string; readonly knownRansomwareCampaignUse?: string };
  }[];
  readonly epss: readonly { readonly cveId: string; readonly epss: number; readonly percentile: number }[];
}

/** A refusal or failure of the API, with the request id its error body (or `x-request-id`) names. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly requestId: string | undefined;
  readonly issues: readonly { path: string; message: string }[];
  constructor(
    status: number,
    code: string,
    message: string,
    requestId?: string,
    issues: readonly { path: string; message: string }[] = [],
  ) {
    super(message);
    this.status = status;
    this.code = code;
    this.requestId = requestId;
    this.issues = issues;
  }
}

const unauthenticated = new Set<() => void>();
/** Called whenever the API answers 401: the app then offers to log in. @returns the unsubscribe. */
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticated.add(listener);
  return () => unauthenticated.delete(listener);
}

async function call(url: string, init: RequestInit = {}): Promise<Response> {
  let r: Response;
  try {
    r = await fetch(url, { credentials: 'same-origin', ...init });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new ApiError(0, 'NETWORK', 'vigil serve does not answer; is it running?');
  }
  if (r.ok) return r;
  const body = (await r.json().catch(() => undefined)) as
    | { error?: { code?: string; message?: string; requestId?: string; issues?: ApiError['issues'] } }
    | undefined;
  if (r.status === 401) for (const l of unauthenticated) l();
  const e = body?.error;
  throw new ApiError(
    r.status,
    e?.code ?? `HTTP_${r.status}`,
    e?.message ?? r.statusText,
    e?.requestId ?? r.headers.get('x-request-id') ?? undefined,
    e?.issues ?? [],
  );
}

/** `/api/v1/x/{id}` with the path parameters filled in (encoded) and the query's defined values. */
export function urlOf(path: string, params: Record<string, string> = {}, query: object = {}): string {
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query))
    if (v !== undefined && v !== '' && v !== null) q.set(k, String(v));
  const s = q.toString();
  return s ? `${filled}?${s}` : filled;
}

/** GET a path of the API: typed by the OpenAPI document. @throws ApiError for any answer but 2xx. */
export async function get<P extends GetPath>(
  path: P,
  opts: { params?: ParamsOf<P>; query?: QueryOf<P>; signal?: AbortSignal } = {},
): Promise<Answer<P>> {
  const r = await call(urlOf(path, opts.params as Record<string, string>, opts.query ?? {}), {
    headers: { accept: 'application/json' },
    ...(opts.signal ? { signal: opts.signal } : {}),
  });
  return (await r.json()) as Answer<P>;
}

/** Every exposure the filters select, through the NDJSON export (no paging). */
export async function exportExposures(query: ExposureQuery, signal?: AbortSignal): Promise<Exposure[]> {
  const { after: _after, limit: _limit, ...filters } = query;
  const r = await call(urlOf('/api/v1/exposures', {}, filters), {
    headers: { accept: 'application/x-ndjson' },
    ...(signal ? { signal } : {}),
  });
  return (await r.text())
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Exposure);
}

/** Every exposure the filters select, as one SARIF 2.1.0 log (the text the API sends, for a download). */
export async function exportSarif(query: ExposureQuery, signal?: AbortSignal): Promise<string> {
  const { after: _after, limit: _limit, ...filters } = query;
  const r = await call(urlOf('/api/v1/exposures', {}, filters), {
    headers: { accept: 'application/sarif+json' },
    ...(signal ? { signal } : {}),
  });
  return r.text();
}

/** Ends a login session: a write, so it carries the session's CSRF token (`GET /api/v1/me`). */
export async function logOut(csrfToken: string): Promise<void> {
  await call('/auth/logout', { method: 'POST', headers: { 'x-csrf-token': csrfToken } });
}
