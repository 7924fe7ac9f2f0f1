import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MAX_TREND_DAYS } from '../../app/trends/index.js';
import { DECISIONS } from '../../core/risk/index.js';
import { packagePath } from '../package-root.js';
import type { Vigil } from '../wiring/index.js';
import { HttpProblem } from './http-problem.js';
import { ErrorBody } from './schemas.js';

/** Where `npm run build` puts the dashboard's bundle (web/vite.config.ts). */
export const DASHBOARD_DIR = packagePath('dist', 'web');

/** The dashboard's routes and what they require: merged into ROUTE_ACCESS. */
export const DASHBOARD_ACCESS = {
  'GET /': { public: true },
  'GET /assets/:file': { public: true },
  'GET /*': { public: true },
  'GET /api/v1/trends': { permission: 'exposures:read' },
} as const;

export const TrendsQuery = z.object({
  days: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_TREND_DAYS)
    .default(30)
    .describe(`days back from today, today included (1–${MAX_TREND_DAYS}, default 30)`),
});

export const TrendsSchema = z.object({
  days: z.number().int(),
  counts: z
    .array(
      z.object({
        day: z.string().describe('YYYY-MM-DD (UTC)'),
        environment: z.string(),
        decision: z.enum([...DECISIONS, 'suppressed']),
        count: z.number().int(),
      }),
    )
    .describe('oldest first; a day serve did not run is absent'),
  flow: z
    .array(
      z.object({
        day: z.string().describe('YYYY-MM-DD (UTC)'),
        environment: z.string(),
        opened: z.number().int().describe('exposures detected (or back after a remediation) that day'),
        remediated: z
          .number()
          .int()
          .describe('exposures whose fix was seen running (or workload gone) that day'),
      }),
    )
    .describe('new versus remediated per day, from the recorded lifecycle (ADR 079); oldest first'),
});

// The bundle's file types; anything else is not served.
const TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/** No inline script, no other origin: advisory text rendered on a page can run nothing even if it got through. */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // echarts and cytoscape set style attributes
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/**
 * The dashboard (web/): its bundle at `/` and `/assets/*`, `index.html` for every client route (never for
 * `/api/*` or `/auth/*`, which stay JSON 404s), and `GET /api/v1/trends`, the daily counts its charts draw.
 * A serve built without the bundle answers 404 at `/`, saying how to build it.
 */
export async function registerDashboard(
  server: FastifyInstance,
  opts: {
    readonly vigil: Vigil;
    /** The environments the request's caller may see; absent: all. */
    readonly scopeOf: (req: object) => readonly string[] | undefined;
    readonly dir?: string;
  },
): Promise<void> {
  const app = server.withTypeProvider<ZodTypeProvider>();
  const dir = opts.dir ?? DASHBOARD_DIR;

  app.get(
    '/api/v1/trends',
    {
      schema: {
        summary: 'exposures per day, environment and decision, as serve recorded them (at start and daily)',
        querystring: TrendsQuery,
        response: { 200: TrendsSchema, 400: ErrorBody, 500: ErrorBody },
      },
    },
    async (req) => {
      const scope = opts.scopeOf(req);
      const [counts, flow] = await Promise.all([
        opts.vigil.trends.list(req.query.days, scope),
        opts.vigil.lifecycle.flow(req.query.days, scope),
      ]);
      return { days: req.query.days, counts, flow };
    },
  );

  const index = async (reply: FastifyReply) => {
    const html = await readFile(join(dir, 'index.html')).catch(() => {
      throw new HttpProblem(404, 'NOT_FOUND', 'the dashboard is not built: run npm run build');
    });
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .header('content-security-policy', CSP)
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'no-referrer')
      .send(html);
  };
  app.get('/', { schema: { hide: true } }, (_req, reply) => index(reply));
  app.get('/*', { schema: { hide: true } }, (req, reply) => {
    // the API and login keep their JSON 404s; only the dashboard's own paths are client routes
    if (/^\/(api|auth|assets)(\/|$)/.test(req.url)) return reply.callNotFound();
    return index(reply);
  });
  app.get('/assets/:file', { schema: { hide: true } }, async (req, reply) => {
    const { file } = req.params as { file: string };
    const type = TYPES[extname(file)];
    // a plain file name (no folder, no dot-dot) of a known type, or nothing
    if (!type || !/^[\w-]+(\.[\w-]+)+$/.test(file)) return reply.callNotFound();
    const bytes = await readFile(join(dir, 'assets', file)).catch(() => undefined);
    if (!bytes) return reply.callNotFound();
    // the bundle's names carry their content's hash
    return reply
      .type(type)
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('x-content-type-options', 'nosniff')
      .send(bytes);
  });
}
