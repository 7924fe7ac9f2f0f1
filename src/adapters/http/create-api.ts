import { createHash, randomUUID } from 'node:crypto';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  createSerializerCompiler,
  jsonSchemaTransform,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  type GroupRules,
  grants,
  isCsrfTokenOf,
  PERMISSIONS,
  type Permission,
} from '../../app/auth/index.js';
import { checkExposureSelection, selectExposures } from '../../app/exposures/index.js';
import type { SubscriptionOwner } from '../../app/notify/index.js';
import { escapeControls, InputError, isInputError, issuesFromZod } from '../../core/input/index.js';
import { packageVersion } from '../cli/package-version.js';
import { toSarif } from '../formats/sarif.js';
import { parseKubernetesText } from '../kubernetes/read-kubernetes-files.js';
import type { OidcLogin } from '../oidc/index.js';
import type { JobWorker } from '../serve/job-worker.js';
import { StoreLockedError } from '../store/index.js';
import { type FeedLocations, maxSbomBytes, type Vigil } from '../wiring/index.js';
import { registerAuthRoutes } from './auth-routes.js';
import { clearCookie, SESSION_COOKIE } from './cookies.js';
import { DASHBOARD_ACCESS, registerDashboard } from './dashboard.js';
import type { EventHub, PushedEvent } from './event-hub.js';
import type { Freshness } from './freshness.js';
import { HttpProblem } from './http-problem.js';
import { type Caller, identifyCaller, LOCAL_CALLER } from './identify-caller.js';
import type { Metrics } from './metrics.js';
import {
  ArtifactFindings,
  DeployEventBody,
  ErrorBody,
  ExposureHistorySchema,
  ExposurePage,
  ExposureQuery,
  FeedSyncBody,
  FeedSyncQuery,
  Health,
  HistoryQuery,
  ImpactSchema,
  JobQuery,
  JobSchema,
  MttrQuery,
  MttrSchema,
  PlanSchema,
  Row,
  Rows,
  SbomQuery,
  SnapshotQuery,
  StatusSchema,
  TriageAuditSchema,
  TriageBody,
  TriageRuleSchema,
  TriageSetSchema,
} from './schemas.js';

export interface ApiOptions {
  readonly vigil: Vigil;
  /** What `/api/v1/events` streams. */
  readonly events: EventHub;
  readonly freshness: Freshness;
  readonly metrics: Metrics;
  /** This process's worker of the job queue: kicked when a request queues work, and waited on. */
  readonly jobs: JobWorker;
  readonly version: string;
  /** pino options, or false for none (tests). Authorization headers and cookies are never logged. */
  readonly logger?: FastifyServerOptions['logger'];
  /** Aborts long work (feed syncs) at shutdown. */
  readonly signal?: AbortSignal;
  /**
   * Require a token on every non-public route even while the store holds none (a non-loopback listener). By
   * default a store without tokens is the single-user, loopback set-up: open; once a token exists, every
   * request needs one.
   */
  readonly requireTokens?: boolean;
  /**
   * People log in through OIDC (ADR 076): `/auth/login`, session cookies, CSRF tokens. The API is then never
   * open, tokens or not.
   */
  readonly oidc?: OidcApi;
}

/** OIDC login as the API uses it: the relying party, and how groups give people a team. */
export interface OidcApi {
  readonly login: OidcLogin;
  readonly rules: GroupRules;
}

/**
 * What each route requires: a permission (and, for writes, the audit action), any valid credential
 * (`authenticated`), or nothing (`public`).
 */
export interface RouteAccess {
  readonly permission?: Permission;
  readonly authenticated?: true;
  readonly public?: true;
  /** Writes are audited under this action. */
  readonly action?: string;
}

/**
 * Every route's access, in one table. A route missing here is refused at start (fail closed), and a test walks the
 * route table.
 */
export const ROUTE_ACCESS: Readonly<Record<string, RouteAccess>> = {
  'GET /healthz': { public: true },
  'GET /readyz': { public: true },
  'GET /api/v1/openapi.json': { public: true },
  'GET /auth/login': { public: true },
  'GET /auth/callback': { public: true },
  'POST /auth/logout': { authenticated: true, action: 'session.logout' },
  'GET /api/v1/me': { authenticated: true },
  'GET /metrics': { permission: 'exposures:read' },
  'GET /api/v1/events': { permission: 'exposures:read' },
  'GET /api/v1/exposures': { permission: 'exposures:read' },
  'GET /api/v1/impact/:id': { permission: 'exposures:read' },
  'GET /api/v1/status': { permission: 'exposures:read' },
  'GET /api/v1/exposures/history/:id': { permission: 'exposures:read' },
  'GET /api/v1/mttr': { permission: 'exposures:read' },
  'GET /api/v1/plan': { permission: 'exposures:read' },
  'GET /api/v1/triage': { permission: 'exposures:read' },
  'GET /api/v1/triage/audit': { permission: 'exposures:read' },
  'POST /api/v1/triage': { permission: 'triage:write', action: 'triage.set' },
  'DELETE /api/v1/triage/:id': { permission: 'triage:write', action: 'triage.revoke' },
  'GET /api/v1/artifacts/:digest/findings': { permission: 'exposures:read' },
  'POST /api/v1/sboms': { permission: 'sbom:write', action: 'sbom.ingest' },
  'POST /api/v1/vex': { permission: 'vex:write', action: 'vex.ingest' },
  'POST /api/v1/kubernetes/snapshots': { permission: 'k8s:write', action: 'k8s.snapshot' },
  'POST /api/v1/deployments': { permission: 'deploy:write', action: 'deploy.record' },
  'GET /api/v1/sboms': { permission: 'twin:read' },
  'GET /api/v1/artifacts/:digest': { permission: 'twin:read' },
  'GET /api/v1/vex': { permission: 'twin:read' },
  'GET /api/v1/vex/export': { permission: 'exposures:read' },
  'GET /api/v1/twin': { permission: 'twin:read' },
  'GET /api/v1/twin/history': { permission: 'twin:read' },
  'GET /api/v1/twin/gaps': { permission: 'twin:read' },
  'GET /api/v1/feeds': { permission: 'feeds:read' },
  'POST /api/v1/feeds/sync': { permission: 'feeds:write', action: 'feeds.sync' },
  'GET /api/v1/jobs': { permission: 'feeds:read' },
  'GET /api/v1/jobs/:id': { permission: 'feeds:read' },
  'GET /api/v1/advisories/:id': { permission: 'feeds:read' },
  'GET /api/v1/advisories': { permission: 'feeds:read' },
  'GET /api/v1/tokens': { permission: 'admin' },
  'POST /api/v1/tokens': { permission: 'admin', action: 'token.create' },
  'DELETE /api/v1/tokens/:id': { permission: 'admin', action: 'token.revoke' },
  'GET /api/v1/audit': { permission: 'admin' },
  'GET /api/v1/notifications/subscriptions': { permission: 'notify:write' },
  'POST /api/v1/notifications/subscriptions': { permission: 'notify:write', action: 'notify.subscribe' },
  'DELETE /api/v1/notifications/subscriptions/:id': {
    permission: 'notify:write',
    action: 'notify.unsubscribe',
  },
  'GET /api/v1/notifications/deliveries': { permission: 'admin' },
  'POST /api/v1/notifications/replay': { permission: 'admin', action: 'notify.replay' },
  'PUT /api/v1/environments/:name/team': { permission: 'admin', action: 'environment.team' },
  ...DASHBOARD_ACCESS,
};

/** Methods that change nothing: no CSRF token needed. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Failed authentications one address may make per window before it is answered 429. */
const MAX_FAILED_AUTH = 20;
const FAILED_AUTH_WINDOW_MS = 60_000;
/** Whether any token exists is asked of the store at most this often. */
const TOKENS_TTL_MS = 2_000;

const IdParams = z.object({
  id: z.string().describe('any id of the vulnerability: CVE, GHSA, PYSEC, GO, distro ids'),
});

/** Page size when none is asked, and the most one page may hold. */
const DEFAULT_PAGE = 100;
const MAX_PAGE = 1000;
/** JSON request bodies (deploy events, sync requests); documents have their own caps. */
const JSON_BODY_LIMIT = 1024 * 1024;
/** An SSE stream sends a comment this often, so that proxies keep it open and dead clients are noticed. */
const HEARTBEAT_MS = 15_000;
/** A client that sends nothing for this long is cut off. */
const REQUEST_TIMEOUT_MS = 120_000;
/** How long `POST /api/v1/feeds/sync` waits for its job before answering 202 with it. */
const SYNC_WAIT_MS = 600_000;

// zod request validation that reports the way every use case does: fields, what was found, what was expected.
const validatorCompiler =
  ({ schema }: { schema: z.ZodType }) =>
  (data: unknown) => {
    const r = schema.safeParse(data);
    return r.success
      ? { value: r.data }
      : {
          error: new InputError(
            issuesFromZod(r.error.issues, { code: 'OPTION_INVALID', root: data, limit: 20 }),
          ),
        };
  };

/**
 * The HTTP API over the use cases: every route validates with zod, calls one use case of `vigil`, and answers
 * JSON (or NDJSON). No logic of its own beyond status codes: what the CLI does, the API does, through the same
 * use cases.
 */
export async function createApi(opts: ApiOptions): Promise<FastifyInstance> {
  const { vigil, freshness, metrics } = opts;
  const app = Fastify({
    logger: opts.logger ?? false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,128}$/.test(given) ? given : randomUUID();
    },
    bodyLimit: JSON_BODY_LIMIT,
    requestTimeout: REQUEST_TIMEOUT_MS,
    connectionTimeout: REQUEST_TIMEOUT_MS,
    return503OnClosing: true,
    // what the router refuses before any route runs (a malformed or over-long path) answers like the rest
    frameworkErrors: (error, req, reply) =>
      (reply as unknown as { code(status: number): { send(body: unknown): void } })
        .code(400)
        .send(
          errorBody(
            'BAD_URL',
            error.code === 'FST_ERR_MAX_PARAM_LENGTH'
              ? 'a path segment is longer than any id (100 characters)'
              : 'the path is not a valid URL path',
            req.id,
          ),
        ),
  }).withTypeProvider<ZodTypeProvider>();
  // JSON routes take JSON only: a text body is 415, not a string to validate.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(createSerializerCompiler());

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Vigil API',
        version: opts.version,
        description:
          'Which vulnerabilities are running in production right now, and what to fix first. Errors are `{ error: { code, message, requestId, issues? } }`.',
      },
    },
    transform: jsonSchemaTransform,
  });

  // While closing, in-flight requests finish and their connections close after the answer: a keep-alive
  // connection left open would hold shutdown for the keep-alive timeout.
  let closing = false;
  const streams = new Set<() => void>();
  app.addHook('preClose', async () => {
    closing = true;
    for (const end of streams) end(); // event streams never finish by themselves
  });
  const registered: string[] = [];
  app.decorate('vigilRoutes', registered);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      registered.push(`${method} ${route.url}`);
      const access = ROUTE_ACCESS[`${method === 'HEAD' ? 'GET' : method} ${route.url}`];
      if (!access) throw new Error(`route ${method} ${route.url} declares no permission (ROUTE_ACCESS)`);
      route.config = { ...route.config, access };
    }
  });
  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });

  // Authentication and permissions, before any body is read.
  let tokensKnown: { at: number; any: boolean } | undefined;
  const tokensRequired = async (): Promise<boolean> => {
    if (opts.requireTokens || opts.oidc) return true;
    if (!tokensKnown || Date.now() - tokensKnown.at > TOKENS_TTL_MS)
      tokensKnown = { at: Date.now(), any: await vigil.auth.hasActiveTokens() };
    return tokensKnown.any;
  };
  const failures = new Map<string, { since: number; count: number }>();
  /** Who made each request and, for a team's caller, the environments it may see (absent: all). */
  const principals = new WeakMap<object, Caller>();
  const scopeOf = (req: object): readonly string[] | undefined => principals.get(req)?.environments;
  /** 403 unless the request may change this environment. */
  const mayChange = (req: object, environment: string | undefined): void => {
    const scope = scopeOf(req);
    if (scope && (environment === undefined || !scope.includes(environment)))
      throw new HttpProblem(403, 'FORBIDDEN', "the caller's team does not own the environment");
  };
  /** The digests running or declared in a team's environments: the artifacts it may see. */
  const visibleDigests = async (scope: readonly string[]): Promise<Set<string>> => {
    const rows = await vigil.twin.show({});
    return new Set(
      rows.filter((r) => scope.includes(r.environment) && r.digest).map((r) => r.digest as string),
    );
  };
  app.addHook('onRequest', async (req, reply) => {
    const access = (req.routeOptions.config as { access?: RouteAccess }).access;
    if (!access || access.public) return;
    if (!(await tokensRequired())) {
      principals.set(req, LOCAL_CALLER);
      return;
    }
    const ip = req.ip;
    const seen = failures.get(ip);
    if (seen && Date.now() - seen.since < FAILED_AUTH_WINDOW_MS && seen.count >= MAX_FAILED_AUTH) {
      reply.header(
        'retry-after',
        String(Math.ceil((seen.since + FAILED_AUTH_WINDOW_MS - Date.now()) / 1000)),
      );
      throw new HttpProblem(
        429,
        'TOO_MANY_REQUESTS',
        'too many failed authentications from this address; wait',
      );
    }
    const caller = await identifyCaller(vigil.auth, req.headers, { sessions: opts.oidc !== undefined });
    if ('refused' in caller) {
      // a credential that failed counts against the address; none at all (a logged-out page) guesses nothing
      if (caller.refused !== 'missing') {
        const now = Date.now();
        const f = seen && now - seen.since < FAILED_AUTH_WINDOW_MS ? seen : { since: now, count: 0 };
        failures.set(ip, { since: f.since, count: f.count + 1 });
      }
      reply.header('www-authenticate', 'Bearer realm="vigil"');
      if (caller.refused === 'session') reply.header('set-cookie', clearCookie(SESSION_COOKIE, '/'));
      // one answer for every refusal: missing, malformed, unknown, expired and revoked credentials look alike
      throw new HttpProblem(
        401,
        'UNAUTHENTICATED',
        `a valid API token is required: Authorization: Bearer vgl_…${opts.oidc ? ' (or log in: /auth/login)' : ''}`,
      );
    }
    // a cookie rides along with any request the browser makes, even one another site started: a write made with
    // it must prove it comes from a page that could read the session's CSRF token (GET /api/v1/me)
    const header = req.headers['x-csrf-token'];
    if (
      caller.session &&
      !SAFE_METHODS.has(req.method) &&
      !isCsrfTokenOf(caller.session.id, typeof header === 'string' ? header : undefined)
    )
      throw new HttpProblem(
        403,
        'FORBIDDEN',
        'a write made with a session cookie needs its x-csrf-token (GET /api/v1/me)',
      );
    if (access.permission && !grants(caller.scopes, access.permission))
      throw new HttpProblem(
        403,
        'FORBIDDEN',
        `this ${caller.kind} lacks the permission ${access.permission}`,
      );
    principals.set(req, caller);
  });
  // PostgreSQL text cannot hold NUL, and no name or id Vigil knows has one: refused before any route sees it.
  app.addHook('preValidation', async (req) => {
    const issues = [...nulIssues(req.query, 'query'), ...nulIssues(req.params, 'path')];
    if (issues.length > 0) throw new InputError(issues);
  });
  // Every write that succeeded is audited — who, what, when — before its answer leaves: a caller that was told
  // it is done finds it in the log.
  app.addHook('onSend', async (req, reply, payload) => {
    const access = (req.routeOptions.config as { access?: RouteAccess }).access;
    if (!access?.action || reply.statusCode >= 400) return payload;
    await vigil.auth
      .audit({
        actor: principals.get(req)?.actor ?? 'unknown',
        action: access.action,
        target: req.url.split('?')[0] ?? '',
        detail: { status: reply.statusCode, requestId: req.id },
      })
      .catch((error: unknown) => req.log.error({ err: error }, 'audit write failed'));
    return payload;
  });
  app.addHook('onSend', async (_req, reply, payload) => {
    if (closing) reply.header('connection', 'close');
    return payload;
  });
  app.addHook('onResponse', async (req, reply) => {
    metrics.requests.observe(
      { method: req.method, route: req.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });

  app.setNotFoundHandler((req, reply) =>
    reply
      .code(404)
      .send(
        errorBody(
          'NOT_FOUND',
          `no route ${req.method} ${escapeControls(req.url.split('?')[0] ?? '')}`,
          req.id,
        ),
      ),
  );
  app.setErrorHandler((error: FastifyError, req, reply) => {
    if (isInputError(error))
      return reply
        .code(400)
        .send({ error: { ...errorBody('INPUT_INVALID', 'bad input', req.id).error, issues: error.issues } });
    if (error instanceof HttpProblem)
      return reply.code(error.statusCode).send(errorBody(error.code, error.message, req.id));
    if (error instanceof StoreLockedError || storeUnavailable(error))
      return reply
        .code(503)
        .header('retry-after', '5')
        .send(errorBody('UNAVAILABLE', 'the store does not answer; try again shortly (see /readyz)', req.id));
    if (error.statusCode === 413 || error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return reply.code(413).send(errorBody('BODY_TOO_LARGE', escapeControls(error.message), req.id));
    if (error.statusCode === 415 || error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
      return reply.code(415).send(errorBody('UNSUPPORTED_MEDIA_TYPE', escapeControls(error.message), req.id));
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500)
      return reply
        .code(error.statusCode)
        .send(errorBody('BAD_REQUEST', escapeControls(error.message), req.id));
    req.log.error({ err: error }, 'request failed');
    return reply
      .code(500)
      .send(errorBody('INTERNAL', 'internal error; the request id finds it in the logs', req.id));
  });

  const errors = {
    400: ErrorBody,
    404: ErrorBody,
    409: ErrorBody,
    413: ErrorBody,
    415: ErrorBody,
    500: ErrorBody,
  };

  await registerAuthRoutes(app, { vigil, oidc: opts.oidc, callerOf: (req) => principals.get(req) });
  await registerDashboard(app, { vigil, scopeOf });

  // ---- operations
  app.get('/healthz', { schema: { hide: true, response: { 200: Health } } }, async () => ({
    status: 'ok' as const,
  }));
  app.get(
    '/readyz',
    { schema: { hide: true, response: { 200: Health, 503: Health } } },
    async (_req, reply) => {
      try {
        await vigil.ping();
        return { status: 'ok' as const, store: vigil.store.kind };
      } catch {
        return reply.code(503).send({ status: 'unavailable' as const, store: vigil.store.kind });
      }
    },
  );
  app.get('/metrics', { schema: { hide: true } }, async (_req, reply) =>
    reply.type(metrics.registry.contentType).send(await metrics.registry.metrics()),
  );
  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  // ---- pushed events (Server-Sent Events)
  app.get(
    '/api/v1/events',
    {
      schema: {
        summary:
          'Server-Sent Events: `impact` when a feed change hits running workloads (data: vulnerability, ids, advisories, exposures); `Last-Event-ID` resumes',
      },
    },
    (req, reply) => {
      const lastId = Number(req.headers['last-event-id'] ?? 0);
      reply.hijack();
      const out = reply.raw;
      out.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
        'x-request-id': req.id,
      });
      const scope = scopeOf(req);
      const send = (e: PushedEvent) => {
        // a team hears only about its environments
        const exposures = scope
          ? e.data.exposures.filter((x) => scope.includes(x.environment))
          : e.data.exposures;
        if (exposures.length > 0)
          out.write(`id: ${e.id}\nevent: ${e.type}\ndata: ${JSON.stringify({ ...e.data, exposures })}\n\n`);
      };
      for (const e of opts.events.since(Number.isFinite(lastId) ? lastId : 0)) send(e);
      out.write(': connected\n\n');
      const unsubscribe = opts.events.subscribe(send);
      const heartbeat = setInterval(() => out.write(': keep-alive\n\n'), HEARTBEAT_MS);
      const end = () => {
        clearInterval(heartbeat);
        unsubscribe();
        streams.delete(end);
        out.end();
      };
      streams.add(end);
      req.raw.on('close', end);
    },
  );

  // ---- exposures
  app.get(
    '/api/v1/exposures',
    {
      schema: {
        summary:
          'the ranked exposures, filtered and paged by keyset; `Accept: application/x-ndjson` streams them all, `application/sarif+json` gives them all as one SARIF 2.1.0 log',
        querystring: ExposureQuery,
        response: { 200: ExposurePage, ...errors },
      },
    },
    async (req, reply) => {
      const q = req.query;
      const accept = req.headers.accept ?? '';
      const ndjson = accept.includes('application/x-ndjson');
      const sarif = accept.includes('application/sarif+json');
      const stream = ndjson || sarif;
      const selection = checkExposureSelection({
        ...q,
        ...(stream ? { limit: undefined } : { limit: q.limit ?? DEFAULT_PAGE }),
      });
      if ((selection.limit ?? 0) > MAX_PAGE)
        throw new InputError([
          { code: 'OPTION_INVALID', path: 'limit', message: `${selection.limit} is more than ${MAX_PAGE}` },
        ]);
      await freshness.fresh();
      const scope = scopeOf(req);
      const filter = {
        ...(q.environment ? { environment: q.environment } : {}),
        ...(scope ? { environments: scope } : {}),
        ...(q.at ? { at: q.at } : {}),
      };
      // a page is kept while the ranking is scanned in chunks; an export needs every match
      const page = stream
        ? selectExposures(await vigil.exposures.list(filter), selection)
        : await vigil.exposures.page(filter, selection);
      if (sarif)
        // every match as one SARIF 2.1.0 log, as `vigil exposures --format sarif` prints it
        return reply
          .type('application/sarif+json')
          .serializer((payload) => payload as string)
          .send(
            JSON.stringify(toSarif(page.shown, packageVersion())) as unknown as z.output<typeof ExposurePage>,
          );
      if (ndjson) {
        // one exposure per line, for exports: the page schema does not apply
        const lines = page.shown.map((e) => `${JSON.stringify(e)}\n`).join('');
        return reply
          .type('application/x-ndjson')
          .serializer((payload) => payload as string)
          .send(lines as unknown as z.output<typeof ExposurePage>);
      }
      return {
        exposures: page.shown,
        ...(page.next ? { next: page.next } : {}),
        total: page.total,
        suppressed: page.suppressed,
        ...(page.gate ? { gate: { ...page.gate, decisions: [...page.gate.decisions] } } : {}),
      };
    },
  );
  app.get(
    '/api/v1/impact/:id',
    {
      schema: {
        summary: 'every workload and environment running a component the vulnerability affects, by any id',
        params: IdParams,
        response: { 200: ImpactSchema, ...errors },
      },
    },
    async (req) => {
      await freshness.fresh();
      const impact = await vigil.exposures.impact(req.params.id, scopeOf(req));
      if (!impact)
        throw new HttpProblem(404, 'NOT_FOUND', `no advisory has the id ${escapeControls(req.params.id)}`);
      return impact;
    },
  );
  app.get(
    '/api/v1/status',
    {
      schema: {
        summary: 'exposures by decision and environment, SBOM coverage',
        response: { 200: StatusSchema, ...errors },
      },
    },
    async (req) => {
      await freshness.fresh();
      return vigil.exposures.status(scopeOf(req));
    },
  );

  app.get(
    '/api/v1/exposures/history/:id',
    {
      schema: {
        summary:
          'was each workload exposed to the vulnerability, from when to when, and from when could it be known; with its recorded lifecycle',
        params: IdParams,
        querystring: HistoryQuery,
        response: { 200: ExposureHistorySchema, ...errors },
      },
    },
    async (req) => {
      const scope = scopeOf(req);
      const history = await vigil.lifecycle.history(req.params.id, {
        ...(req.query.environment ? { environment: req.query.environment } : {}),
        ...(scope ? { environments: scope } : {}),
      });
      if (!history)
        throw new HttpProblem(404, 'NOT_FOUND', `no advisory has the id ${escapeControls(req.params.id)}`);
      return history;
    },
  );
  app.get(
    '/api/v1/plan',
    {
      schema: {
        summary:
          'what to fix first: the smallest upgrade of each vulnerable component, ranked by the risk it removes',
        querystring: HistoryQuery,
        response: { 200: PlanSchema, ...errors },
      },
    },
    async (req) => {
      await freshness.fresh();
      const scope = scopeOf(req);
      return vigil.remediation.plan({
        ...(req.query.environment ? { environment: req.query.environment } : {}),
        ...(scope ? { environments: scope } : {}),
      });
    },
  );
  app.get(
    '/api/v1/vex/export',
    {
      schema: {
        summary:
          "one environment's exposures as an OpenVEX or CycloneDX VEX document: triage, else the VEX that applies, else under_investigation",
        querystring: z.object({
          environment: z.string().optional(),
          format: z.string().optional().describe('openvex (default) or cyclonedx'),
          author: z.string().max(200).optional().describe('who speaks (default: the caller)'),
        }),
        response: { 200: z.record(z.string(), z.unknown()), ...errors },
      },
    },
    async (req, reply) => {
      const scope = scopeOf(req);
      if (scope && req.query.environment !== undefined && !scope.includes(req.query.environment))
        throw new HttpProblem(403, 'FORBIDDEN', "the caller's team does not own the environment");
      await freshness.fresh();
      const exported = await vigil.vex.export({
        ...withoutUndefined(req.query),
        author: req.query.author ?? principals.get(req)?.actor ?? 'Vigil',
      });
      const type = exported.format === 'openvex' ? 'application/json' : 'application/vnd.cyclonedx+json';
      return reply.type(type).send(exported.document as Record<string, unknown>);
    },
  );
  app.get(
    '/api/v1/triage',
    {
      schema: {
        summary: 'the triage decisions in force, newest first; `all=true`: every one, with how it ended',
        querystring: z.object({ all: z.enum(['true', 'false']).optional() }),
        response: { 200: z.array(TriageRuleSchema).readonly(), ...errors },
      },
    },
    async (req) => vigil.triage.list({ all: req.query.all === 'true', environments: scopeOf(req) }),
  );
  app.get(
    '/api/v1/triage/audit',
    {
      schema: {
        summary: 'the triage audit trail, newest first: who decided what, when and why',
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(10_000).default(100) }),
        response: { 200: TriageAuditSchema, ...errors },
      },
    },
    async (req) => vigil.triage.audit({ limit: req.query.limit, environments: scopeOf(req) }),
  );
  app.post(
    '/api/v1/triage',
    {
      schema: {
        summary:
          'record a decision on one exposure or a portfolio rule; one on the same scope is replaced; a scope covering no exposure is refused',
        body: TriageBody,
        response: { 201: TriageSetSchema, ...errors },
      },
    },
    async (req, reply) => {
      const result = await vigil.triage.set(req.body, {
        actor: principals.get(req)?.actor ?? 'unknown',
        environments: scopeOf(req),
        authorize: (scope) => mayChange(req, scope.environment),
      });
      return reply.code(201).send(result);
    },
  );
  app.delete(
    '/api/v1/triage/:id',
    {
      schema: {
        summary: 'revoke a decision in force, with why',
        params: z.object({ id: z.coerce.number().int().min(1) }),
        body: z.object({ reason: z.string().optional().describe('why (required)') }),
        response: { 200: TriageRuleSchema, ...errors },
      },
    },
    async (req) => {
      const revoked = await vigil.triage.revoke(req.params.id, req.body, {
        actor: principals.get(req)?.actor ?? 'unknown',
        environments: scopeOf(req),
        authorize: (scope) => mayChange(req, scope.environment),
      });
      if (!revoked)
        throw new HttpProblem(404, 'NOT_FOUND', `no triage decision in force has the id ${req.params.id}`);
      return revoked;
    },
  );
  app.get(
    '/api/v1/mttr',
    {
      schema: {
        summary:
          'mean time to remediate per period, environment and team (remediations seen in deployment evidence)',
        querystring: MttrQuery,
        response: { 200: MttrSchema, ...errors },
      },
    },
    async (req) => {
      const scope = scopeOf(req);
      return vigil.lifecycle.mttr({ ...req.query, ...(scope ? { environments: scope } : {}) });
    },
  );

  // ---- evidence: documents are raw bodies, parsed by the use cases (never by Fastify)
  await app.register(async (plugin) => {
    const documents = plugin.withTypeProvider<ZodTypeProvider>();
    documents.removeAllContentTypeParsers();
    documents.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: maxSbomBytes(vigil.config) },
      (_req, body, done) => done(null, body),
    );
    documents.post(
      '/api/v1/sboms',
      {
        schema: {
          summary:
            'ingest one SBOM (CycloneDX 1.2–1.6 JSON/XML, SPDX 2.2–2.3 JSON/tag-value) as the raw body',
          querystring: SbomQuery,
          response: { 201: Row, 200: Row, ...errors },
        },
      },
      async (req, reply) => {
        const r = await vigil.sbom.ingest({
          bytes: bodyBytes(req.body),
          fileName: req.query.name ?? 'upload',
          ...(req.query.artifact ? { artifact: req.query.artifact } : {}),
          source: `api:${req.query.name ?? 'upload'}`,
        });
        return reply.code(r.status === 'new' ? 201 : 200).send({ ...r });
      },
    );
    documents.post(
      '/api/v1/vex',
      {
        schema: {
          summary: 'ingest one VEX document (OpenVEX, CycloneDX VEX, CSAF VEX) as the raw JSON body',
          querystring: SbomQuery.pick({ name: true }),
          response: { 200: Rows, ...errors },
        },
      },
      async (req) => {
        const name = req.query.name ?? 'upload';
        const results = await vigil.vex.add([{ name, bytes: bodyBytes(req.body) }]);
        return results.map((r) => ({ ...r }));
      },
    );
    documents.post(
      '/api/v1/kubernetes/snapshots',
      {
        schema: {
          summary:
            "replace a cluster's state with a snapshot: kubectl JSON (objects, Lists) or YAML manifests",
          querystring: SnapshotQuery,
          response: { 200: Row, ...errors },
        },
      },
      async (req) => {
        const q = req.query;
        mayChange(req, q.environment);
        const parsed = parseKubernetesText(Buffer.from(bodyBytes(req.body)).toString('utf8'), 'body');
        if (!parsed.ok) throw new InputError(parsed.issues);
        return {
          ...(await vigil.twin.importSnapshot({
            documents: parsed.value,
            cluster: q.cluster ?? q.environment ?? 'default',
            ...(q.environment ? { environment: q.environment } : {}),
            at: q.at ?? new Date().toISOString(),
            defaultNamespace: q.namespace ?? 'default',
          })),
        };
      },
    );
  });
  app.post(
    '/api/v1/deployments',
    {
      schema: {
        summary: 'a pipeline deploy event (the same event twice is one deployment)',
        body: DeployEventBody,
        response: { 200: Row, ...errors },
      },
    },
    async (req) => {
      mayChange(req, req.body.environment);
      return { ...(await vigil.twin.recordDeployment(withoutUndefined(req.body))) };
    },
  );

  // ---- queries of the twin and the store
  app.get(
    '/api/v1/sboms',
    { schema: { querystring: ExposureQuery.pick({ all: true }), response: { 200: Rows, ...errors } } },
    async (req) => {
      const scope = scopeOf(req);
      const visible = scope ? await visibleDigests(scope) : undefined;
      return (await vigil.sbom.list({ includeHistory: req.query.all === true }))
        .filter((r) => !visible || visible.has(r.artifact))
        .map((r) => ({ ...r }));
    },
  );
  app.get(
    '/api/v1/artifacts/:digest',
    {
      schema: {
        params: z.object({ digest: z.string().describe('sha256:<64 hex>, or a vigil-derived id') }),
        response: { 200: Row, ...errors },
      },
    },
    async (req) => {
      const scope = scopeOf(req);
      const hidden = scope && !(await visibleDigests(scope)).has(req.params.digest);
      const detail = hidden ? undefined : await vigil.sbom.showArtifact(req.params.digest);
      if (!detail)
        throw new HttpProblem(404, 'NOT_FOUND', `no artifact ${escapeControls(req.params.digest)}`);
      return { ...detail };
    },
  );
  app.get(
    '/api/v1/artifacts/:digest/findings',
    {
      schema: {
        summary: "the findings of an artifact's current SBOM (affected and unknown), deployed or not",
        params: z.object({ digest: z.string() }),
        response: { 200: ArtifactFindings, ...errors },
      },
    },
    async (req) => {
      await freshness.fresh();
      const scope = scopeOf(req);
      const hidden = scope && !(await visibleDigests(scope)).has(req.params.digest);
      const findings = hidden ? undefined : await vigil.exposures.ofArtifact(req.params.digest);
      if (!findings)
        throw new HttpProblem(404, 'NOT_FOUND', `no artifact ${escapeControls(req.params.digest)}`);
      return findings;
    },
  );
  app.get('/api/v1/vex', { schema: { response: { 200: Rows, ...errors } } }, async () =>
    (await vigil.vex.list()).map((r) => ({ ...r })),
  );
  app.get(
    '/api/v1/twin',
    {
      schema: {
        querystring: SnapshotQuery.pick({ environment: true, at: true }),
        response: { 200: Rows, ...errors },
      },
    },
    async (req) => {
      const scope = scopeOf(req);
      return (await vigil.twin.show(withoutUndefined(req.query)))
        .filter((r) => !scope || scope.includes(r.environment))
        .map((r) => ({ ...r }));
    },
  );
  app.get(
    '/api/v1/twin/history',
    {
      schema: {
        querystring: DeployEventBody.pick({ workload: true, environment: true }).partial({
          environment: true,
        }),
        response: { 200: Rows, ...errors },
      },
    },
    async (req) => {
      const scope = scopeOf(req);
      return (await vigil.twin.history(withoutUndefined(req.query)))
        .filter((r) => !scope || scope.includes(r.environment))
        .map((r) => ({ ...r }));
    },
  );
  app.get('/api/v1/twin/gaps', { schema: { response: { 200: Rows, ...errors } } }, async (req) => {
    const scope = scopeOf(req);
    // gaps outside any environment (SBOMs never seen running) are for admins
    return (await vigil.twin.gaps())
      .filter((r) => !scope || ('environment' in r && scope.includes(r.environment)))
      .map((r) => ({ ...r }));
  });
  app.put(
    '/api/v1/environments/:name/team',
    {
      schema: {
        summary: 'give an environment to a team (null: to admins only)',
        params: z.object({ name: z.string() }),
        body: z.object({ team: z.string().nullable() }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      await vigil.auth.assignEnvironment(
        req.params.name,
        req.body.team,
        principals.get(req)?.actor ?? 'unknown',
      );
      return reply.code(204).send(null);
    },
  );

  // ---- vulnerability intelligence
  app.get(
    '/api/v1/feeds',
    { schema: { summary: 'what was synced, from where and when', response: { 200: Rows, ...errors } } },
    async () => (await vigil.feeds.status()).map((r) => ({ ...r })),
  );
  app.post(
    '/api/v1/feeds/sync',
    {
      schema: {
        summary:
          'queue a sync of the feeds named (none: all three from the configured locations) and, by default, wait for it',
        description:
          'The sync is a job of the queue (ADR 084): whichever serve process is free runs it, one feed sync at a time across the processes; the same request while one is queued or running joins it.',
        body: FeedSyncBody.optional(),
        querystring: FeedSyncQuery,
        response: { 200: Row, 202: JobSchema, ...errors },
      },
    },
    async (req, reply) => {
      const locations = withoutUndefined((req.body ?? {}) as FeedLocations);
      const { job } = await vigil.jobs.queueFeedSync(locations, {
        requestedBy: principals.get(req)?.actor ?? 'unknown',
        dedupeKey: `api:${createHash('sha256').update(JSON.stringify(locations)).digest('hex').slice(0, 32)}`,
      });
      opts.jobs.kick();
      const over = req.query.wait === 'true' ? await opts.jobs.waitFor(job.id, SYNC_WAIT_MS) : undefined;
      if (!over) return reply.code(202).send(job);
      if (over.state === 'failed')
        throw new HttpProblem(
          500,
          'JOB_FAILED',
          `feed sync job ${over.id} failed: ${over.error ?? 'no reason given'}`,
        );
      await freshness.fresh();
      return over.result as Record<string, unknown>;
    },
  );
  app.get(
    '/api/v1/jobs',
    {
      schema: {
        summary: 'the job queue, newest first',
        querystring: JobQuery,
        response: { 200: z.array(JobSchema), ...errors },
      },
    },
    async (req) => vigil.jobs.list({ state: req.query.state, limit: req.query.limit }),
  );
  app.get(
    '/api/v1/jobs/:id',
    {
      schema: {
        summary:
          'one job: queued, running (by which process), done with its result, or failed with its error',
        params: z.object({ id: z.coerce.number().int().positive() }),
        response: { 200: JobSchema, ...errors },
      },
    },
    async (req) => {
      const job = await vigil.jobs.get(req.params.id);
      if (!job) throw new HttpProblem(404, 'NOT_FOUND', `no job ${req.params.id}`);
      return job;
    },
  );
  app.get(
    '/api/v1/advisories/:id',
    { schema: { params: IdParams, response: { 200: Row, ...errors } } },
    async (req) => ({
      ...(await vigil.feeds.showAdvisory(req.params.id)),
    }),
  );
  app.get(
    '/api/v1/advisories',
    {
      schema: {
        summary: 'the advisories that affect exactly this package version',
        querystring: z.object({ purl: z.string().describe('a purl with a version: pkg:pypi/jinja2@3.1.2') }),
        response: { 200: Row, ...errors },
      },
    },
    async (req) => ({
      ...(await vigil.feeds.queryAdvisories(req.query.purl)),
    }),
  );

  // ---- tokens and the audit log (admin)
  app.get(
    '/api/v1/tokens',
    { schema: { summary: 'the API tokens (never their secret)', response: { 200: Rows, ...errors } } },
    async () => (await vigil.auth.listTokens()).map((t) => ({ ...t })),
  );
  app.post(
    '/api/v1/tokens',
    {
      schema: {
        summary: 'create a token; its secret is in this answer only',
        body: z.object({
          name: z.string(),
          team: z.string(),
          scopes: z.array(z.enum(PERMISSIONS)),
          expires: z.string().optional().describe('RFC 3339, or 30d, 12h, 90m from now'),
        }),
        response: { 201: Row, ...errors },
      },
    },
    async (req, reply) => {
      const created = await vigil.auth.createToken(
        withoutUndefined(req.body),
        principals.get(req)?.actor ?? 'unknown',
      );
      tokensKnown = undefined;
      return reply.code(201).send({ ...created });
    },
  );
  app.delete(
    '/api/v1/tokens/:id',
    {
      schema: {
        summary: 'revoke a token',
        params: z.object({ id: z.coerce.number().int() }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      await vigil.auth.revokeToken(req.params.id, principals.get(req)?.actor ?? 'unknown');
      tokensKnown = undefined;
      return reply.code(204).send(null);
    },
  );
  app.get(
    '/api/v1/audit',
    {
      schema: {
        summary: 'who changed what, newest first',
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(1000).default(100) }),
        response: { 200: Rows, ...errors },
      },
    },
    async (req) => (await vigil.auth.listAudit(req.query.limit)).map((e) => ({ ...e })),
  );

  // ---- notifications (destinations and secrets are sensitive: admin, or a team for its own subscriptions)
  /** A team's caller manages its team's subscriptions only; admin (undefined) every one. */
  const ownerOf = (req: object): SubscriptionOwner | undefined => {
    const scope = scopeOf(req);
    const caller = principals.get(req);
    if (!scope || !caller) return undefined;
    return {
      team: caller.team,
      environments: scope,
      refuse: (why) => {
        throw new HttpProblem(403, 'FORBIDDEN', why);
      },
    };
  };
  app.get(
    '/api/v1/notifications/subscriptions',
    {
      schema: {
        summary: "the notification subscriptions (never their secrets); a team's caller sees its team's only",
        response: { 200: Rows, ...errors },
      },
    },
    async (req) => (await vigil.notify.list(ownerOf(req))).map((s) => ({ ...s })),
  );
  app.post(
    '/api/v1/notifications/subscriptions',
    {
      schema: {
        summary:
          "subscribe a webhook (Standard Webhooks, signed), Slack or Alertmanager endpoint; a webhook secret is in this answer only; a team's caller subscribes for its team and its environments only (403)",
        body: z.object({
          name: z.string(),
          channel: z.string().optional().describe('webhook (default), slack or alertmanager'),
          url: z.string(),
          secret: z.string().optional().describe('webhook: whsec_…; made when not given'),
          team: z.string().optional(),
          environment: z.string().optional(),
          minDecision: z.string().optional(),
          kevOnly: z.boolean().optional(),
          package: z.string().optional(),
          advisory: z.string().optional(),
          kinds: z.array(z.string()).optional(),
          digestMinutes: z.number().int().optional(),
        }),
        response: { 201: Row, ...errors },
      },
    },
    async (req, reply) => {
      const created = await vigil.notify.subscribe(
        req.body,
        principals.get(req)?.actor ?? 'unknown',
        ownerOf(req),
      );
      return reply.code(201).send({ ...created });
    },
  );
  app.delete(
    '/api/v1/notifications/subscriptions/:id',
    {
      schema: {
        summary: "delete a subscription and its pending deliveries (404 for another team's)",
        params: z.object({ id: z.coerce.number().int() }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      if (!(await vigil.notify.remove(req.params.id, ownerOf(req))))
        throw new HttpProblem(404, 'NOT_FOUND', `no subscription has the id ${req.params.id}`);
      return reply.code(204).send(null);
    },
  );
  app.get(
    '/api/v1/notifications/deliveries',
    {
      schema: {
        summary: 'the latest deliveries, newest first: pending, delivered, dead',
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(10_000).default(50) }),
        response: { 200: Rows, ...errors },
      },
    },
    async (req) => (await vigil.notify.deliveries(req.query.limit)).map((d) => ({ ...d })),
  );
  app.post(
    '/api/v1/notifications/replay',
    {
      schema: {
        summary: 'queue dead deliveries again (`all`: every one), optionally only events since a time',
        body: z.object({ since: z.string().optional(), all: z.boolean().optional() }).optional(),
        response: { 200: z.object({ queued: z.number().int() }), ...errors },
      },
    },
    async (req) => ({ queued: await vigil.notify.replay(withoutUndefined(req.body ?? {})) }),
  );

  if (opts.signal) opts.signal.addEventListener('abort', () => void app.close(), { once: true });
  return app;
}

// PostgreSQL shutting down or refusing connections (57P0x, 55000 "not accepting connections"), or the network.
const UNAVAILABLE = new Set(['57P01', '57P02', '57P03', '55000', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT']);

/** The store went away (a database restart): 503, and the process keeps serving. */
function storeUnavailable(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && UNAVAILABLE.has(code)) return true;
    if (/Connection terminated|connection is closed/i.test(e.message)) return true;
  }
  return false;
}

/** A FIELD_INVALID issue for each string of a parsed query or path that holds a NUL character. */
function nulIssues(
  values: unknown,
  where: string,
): { code: 'FIELD_INVALID'; path: string; message: string }[] {
  if (values === null || typeof values !== 'object') return [];
  return Object.entries(values).flatMap(([key, value]) =>
    (Array.isArray(value) ? value : [value]).some((v) => typeof v === 'string' && v.includes('\u0000'))
      ? [
          {
            code: 'FIELD_INVALID' as const,
            path: key,
            message: `the ${where} parameter holds a NUL character`,
          },
        ]
      : [],
  );
}

function errorBody(code: string, message: string, requestId: string) {
  return { error: { code, message, requestId } };
}

function bodyBytes(body: unknown): Uint8Array {
  if (body instanceof Uint8Array) return body;
  throw new InputError([
    { code: 'FILE_UNREADABLE', path: 'body', message: 'expected a document as the request body' },
  ]);
}

/** Query strings and bodies give `undefined` for absent fields; use cases take absent ones. */
function withoutUndefined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered, as `METHOD /url`: what ROUTE_ACCESS must cover. */
    vigilRoutes: readonly string[];
  }
  interface FastifyContextConfig {
    /** What the route requires (ROUTE_ACCESS), set for every route when it is registered. */
    access?: RouteAccess;
  }
}
