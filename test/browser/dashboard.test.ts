import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/adapters/cli/test-support/run-cli.js';
import { osvZip } from '../../src/adapters/feeds/test-support/zip-writer.js';
import { DASHBOARD_DIR } from '../../src/adapters/http/dashboard.js';
import {
  type ServeInProcess,
  serveInProcess,
} from '../../src/adapters/http/test-support/serve-in-process.js';
import { createDailyCountRepository } from '../../src/adapters/store/daily-count-repository.js';
import { openEmbeddedDatabase } from '../../src/adapters/store/index.js';
import { recordDailyCounts } from '../../src/app/trends/index.js';
import { launchChromium } from '../support/chromium.js';

// The dashboard in a real browser (Debian's chromium through playwright-core) against a real `vigil serve` on
// loopback, seeded with the example estate the README's quick start scans, in production and staging, plus a
// development cluster with blind spots. Screenshots of each page go to test/browser/screenshots/ (ignored by git).

const repo = join(import.meta.dirname, '..', '..');
const SHOTS = join(import.meta.dirname, 'screenshots');
const examples = (...p: string[]) => join(repo, 'examples', ...p);

/** An advisory as hostile as upstream text can be, for a package the frontend runs (marsdb 0.6.11). */
const HOSTILE_ID = 'GHSA-xss9-dash-0001';
const HOSTILE = {
  schema_version: '1.6.0',
  id: HOSTILE_ID,
  modified: '2026-08-01T00:00:00Z',
  published: '2026-08-01T00:00:00Z',
  aliases: ['CVE-2099-0001'],
  summary: '=1+2 <script>window.__pwned = "summary"</script> crafted summary',
  details: [
    '# Crafted details',
    '<img src="x" onerror="window.__pwned = \'img\'">',
    '[click me](javascript:window.__pwned=%22link%22) and [the real fix](https://example.com/fix)',
    '<a href="JaVaScRiPt:window.__pwned=\'raw\'">raw link</a> <iframe src="javascript:alert(1)"></iframe>',
    '<svg><script>window.__pwned = "svg"</script></svg> <b onmouseover="alert(1)">bold</b>',
  ].join('\n\n'),
  affected: [
    {
      package: { ecosystem: 'npm', name: 'marsdb' },
      ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '0.6.12' }] }],
    },
  ],
};
/** An advisory that arrives while the Impact page watches: sanitize-html 1.4.2 runs in the frontend. */
const LIVE_ID = 'GHSA-live-dash-0002';
const LIVE = {
  schema_version: '1.6.0',
  id: LIVE_ID,
  modified: '2026-08-02T00:00:00Z',
  summary: 'arrives while the page is open',
  affected: [
    {
      package: { ecosystem: 'npm', name: 'sanitize-html' },
      ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '2.0.0' }] }],
    },
  ],
};

/** A development cluster with two blind spots: an image without an SBOM, and one known by tag only. */
const DEV_PODS = {
  apiVersion: 'v1',
  kind: 'List',
  items: [
    pod(
      'cache-0',
      'redis',
      'docker.io/library/redis:7.2',
      `docker.io/library/redis@sha256:${'ab'.repeat(32)}`,
    ),
    pod('tools-0', 'tools', 'docker.io/library/busybox:latest', ''),
  ],
};
function pod(name: string, app: string, image: string, imageID: string) {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'shop', labels: { app } },
    spec: { containers: [{ name: app, image }] },
    status: { phase: 'Running', containerStatuses: [{ name: app, image, imageID, ready: true }] },
  };
}

/**
 * Builds the bundle serve serves from the sources as they are (as `npm run build` does), then puts it in dist/web
 * without a moment when index.html is missing or names files not there yet: other suites read it meanwhile.
 */
async function buildDashboard(scratch: string): Promise<void> {
  await build({
    configFile: join(repo, 'web', 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: scratch, emptyOutDir: true },
  });
  mkdirSync(DASHBOARD_DIR, { recursive: true });
  cpSync(join(scratch, 'assets'), join(DASHBOARD_DIR, 'assets'), { recursive: true });
  copyFileSync(join(scratch, 'index.html'), join(DASHBOARD_DIR, 'index.html.new'));
  renameSync(join(DASHBOARD_DIR, 'index.html.new'), join(DASHBOARD_DIR, 'index.html'));
}

let root: string;
let env: Record<string, string | undefined>;
let serve: ServeInProcess;
let browser: Browser;

/** Stores the exposure counts of now as those of `day`: the trend of the seeding, one stage a day. */
async function recordAs(day: Date): Promise<void> {
  const status = await runCli(['status', '--json'], { env });
  expect(status.code, status.stderr).toBe(0);
  const counts = JSON.parse(status.stdout).byEnvironment;
  const db = await openEmbeddedDatabase(env.VIGIL_HOME as string);
  try {
    await recordDailyCounts({
      current: async () => counts,
      repo: createDailyCountRepository(db),
      now: () => day,
    });
  } finally {
    await db.close();
  }
}
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);

async function cli(argv: string[]): Promise<void> {
  const r = await runCli(argv, { env, cwd: repo });
  expect(r.code, `vigil ${argv.join(' ')}: ${r.stderr}`).toBe(0);
}

function mirrorOf(record: object): string {
  const dir = join(root, `mirror-${(record as { id: string }).id}`);
  mkdirSync(join(dir, 'npm'), { recursive: true });
  writeFileSync(join(dir, 'npm', 'all.zip'), osvZip([record as Record<string, unknown>]));
  return dir;
}

async function syncMirror(dir: string): Promise<void> {
  const r = await fetch(`${serve.url}/api/v1/feeds/sync`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ osvMirror: dir }),
  });
  expect(r.status, await r.clone().text()).toBe(200);
}

/** A page whose console errors, uncaught exceptions and dialogs are collected. */
async function open(): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return { page, problems };
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
// page-side code is given as text: this file is compiled without the DOM's types
/** Resolves once no part of the page is loading. */
const settled = (page: Page) => expect.poll(() => page.locator('.loading').count()).toBe(0);
const rows = (page: Page) => page.locator('table.exposures tbody tr');

describe('the dashboard in a browser, against vigil serve', () => {
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'vigil-dashboard-'));
    env = {
      VIGIL_HOME: join(root, 'home'),
      VIGIL_DATABASE_URL: undefined,
      HOME: root,
      KUBECONFIG: undefined,
    };
    mkdirSync(SHOTS, { recursive: true });
    await buildDashboard(join(root, 'web'));
    await cli([
      'scan',
      examples('estate'),
      '--env',
      'production',
      '--no-kube',
      '--osv-mirror',
      examples('feeds', 'osv'),
      '--kev',
      examples('feeds', 'kev.json'),
      '--epss',
      examples('feeds', 'epss_scores-2026-08-16.csv'),
    ]);
    await recordAs(daysAgo(2));
    const k8s = examples('estate', 'kubernetes');
    await cli([
      'k8s',
      'import',
      join(k8s, 'shop.yaml'),
      join(k8s, 'pods.json'),
      '--cluster',
      'staging',
      '--env',
      'staging',
    ]);
    await recordAs(daysAgo(1));
    writeFileSync(join(root, 'dev-pods.json'), JSON.stringify(DEV_PODS));
    await cli(['k8s', 'import', join(root, 'dev-pods.json'), '--cluster', 'dev', '--env', 'development']);
    serve = await serveInProcess(['--feeds-every', '0'], env);
    expect(new URL(serve.url).hostname).toBe('127.0.0.1');
    await syncMirror(mirrorOf(HOSTILE));
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await serve?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('serves index.html for client routes, never for /api/*', async () => {
    for (const path of ['/', '/exposures', '/twin?environment=production'])
      expect((await fetch(`${serve.url}${path}`)).headers.get('content-type'), path).toMatch(/^text\/html/);
    const api = await fetch(`${serve.url}/api/v1/nothing-here`);
    expect(api.status).toBe(404);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
    expect((await fetch(`${serve.url}/assets/..%2Fpackage.json`)).status).toBe(404);
    expect((await fetch(`${serve.url}/`)).headers.get('content-security-policy')).toMatch(
      /script-src 'self'/,
    );
  });

  it.each([
    ['overview', '/', 'Overview'],
    ['exposures', '/exposures', 'Exposures'],
    ['twin-map', '/twin', 'Twin map'],
    ['impact', '/impact?id=CVE-2020-1938', 'Impact'],
    ['gaps', '/gaps', 'Gaps'],
  ])('loads the %s page without console errors', async (name, path, heading) => {
    const { page, problems } = await open();
    await page.goto(`${serve.url}${path}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe(heading);
    await settled(page);
    await page.waitForTimeout(300); // charts draw after the data
    await shot(page, name);
    expect(await page.locator('.state.error').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows exposures by decision and environment, KEV in production, and the trends', async () => {
    // serve's leader records each exposure's life soon after start: wait for it, then the flow chart has bars
    await expect
      .poll(async () => {
        const t = (await (await fetch(`${serve.url}/api/v1/trends?days=7`)).json()) as { flow: unknown[] };
        return t.flow.length;
      })
      .toBeGreaterThan(0);
    const { page, problems } = await open();
    await page.goto(serve.url);
    const matrix = page.locator('table').first();
    await expect
      .poll(() => matrix.locator('tbody th').allTextContents())
      .toEqual(['production', 'staging', 'all']);
    expect(await page.locator('.panel', { hasText: 'KEV-listed' }).textContent()).toMatch(/CVE-2020-1938/);
    // three days recorded: two while seeding, one when serve started; new versus remediated; no MTTR yet
    expect(await page.locator('.chart').count()).toBe(3);
    expect(await page.locator('.panel', { hasText: 'New versus remediated' }).locator('.chart').count()).toBe(
      1,
    );
    expect(await page.locator('.panel', { hasText: 'Mean time to remediate' }).textContent()).toContain(
      'vigil mttr',
    );
    await page.screenshot({ path: join(SHOTS, 'overview-top.png') }); // the README's picture, docs/dashboard.png
    const trends = (await (await fetch(`${serve.url}/api/v1/trends?days=7`)).json()) as {
      counts: { day: string }[];
    };
    expect(new Set(trends.counts.map((c) => c.day)).size).toBe(3);
    await page.locator('table').first().locator('a', { hasText: /^\d+$/ }).first().click();
    await expect.poll(() => new URL(page.url()).search).toBe('?environment=production&decision=Act');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('filters change the rows, and the URL says which', async () => {
    const { page, problems } = await open();
    await page.goto(`${serve.url}/exposures`);
    await expect.poll(() => rows(page).count()).toBe(50);
    await page.getByLabel('decision').selectOption('Attend');
    await expect.poll(() => new URL(page.url()).searchParams.get('decision')).toBe('Attend');
    await settled(page);
    const decisions = await rows(page).locator('td:first-child').allTextContents();
    expect(new Set(decisions)).toEqual(new Set(['Attend']));
    const workloads = new Set(await rows(page).locator('td:nth-child(7)').allTextContents());
    expect(workloads).toEqual(new Set(['shop/auth', 'shop/frontend']));
    await page.getByLabel('workload').fill('shop/frontend');
    await page.getByLabel('workload').press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('workload')).toBe('shop/frontend');
    await settled(page);
    const frontend = await rows(page).locator('td:nth-child(7)').allTextContents();
    expect(frontend.length).toBeGreaterThan(0);
    expect(frontend.length).toBeLessThan(decisions.length);
    expect(new Set(frontend)).toEqual(new Set(['shop/frontend']));
    expect(new Set(await rows(page).locator('td:first-child').allTextContents())).toEqual(
      new Set(['Attend']),
    );
    // a shared URL shows the same rows
    const again = await browser.newPage();
    await again.goto(page.url());
    await expect.poll(() => rows(again).count()).toBe(await rows(page).count());
    await again.close();
    expect(problems).toEqual([]);
    await page.close();
  });

  it("filters by KEV and exports SARIF; the detail page tells the exposure's history", async () => {
    const { page, problems } = await open();
    await page.goto(`${serve.url}/exposures`);
    await expect.poll(() => rows(page).count()).toBe(50);
    await page.getByLabel('in CISA KEV').check();
    await expect.poll(() => new URL(page.url()).searchParams.get('kev')).toBe('true');
    const kev = (await (await fetch(`${serve.url}/api/v1/exposures?kev=true`)).json()) as {
      exposures: { vulnerability: string }[];
    };
    expect(kev.exposures.length).toBeGreaterThan(0);
    await expect.poll(() => rows(page).count()).toBe(kev.exposures.length);
    expect(new Set(await rows(page).locator('td:nth-child(3)').allTextContents())).toEqual(
      new Set(kev.exposures.map((e) => e.vulnerability)),
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'SARIF' }).click(),
    ]);
    const log = JSON.parse(readFileSync((await download.path()) as string, 'utf8')) as {
      version: string;
      runs: { results: unknown[] }[];
    };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]?.results).toHaveLength(kev.exposures.length);
    await rows(page).first().locator('a').first().click();
    const history = page.locator('[data-testid=history]');
    await expect.poll(() => history.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await history.locator('tbody tr td:nth-child(2)').last().textContent()).toBe('now');
    await expect.poll(() => history.locator('ol.events li').count()).toBeGreaterThan(0);
    expect(await history.locator('ol.events li').first().textContent()).toMatch(/opened/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('pages by the keyset cursor', async () => {
    const { page, problems } = await open();
    await page.goto(`${serve.url}/exposures?limit=25`);
    await expect.poll(() => rows(page).count()).toBe(25);
    const first = await rows(page).allTextContents();
    await page.getByRole('link', { name: 'Next page »' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('after')).toMatch(/\S/);
    await settled(page);
    await expect.poll(() => rows(page).count()).toBe(25);
    const second = await rows(page).allTextContents();
    expect(second.filter((r) => first.includes(r))).toEqual([]);
    await page.getByRole('link', { name: '« First page' }).click();
    await expect.poll(async () => (await rows(page).allTextContents())[0]).toBe(first[0]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('exports CSV with formula cells escaped', async () => {
    const { page, problems } = await open();
    await page.goto(`${serve.url}/exposures?advisory=${HOSTILE_ID}`);
    await expect.poll(() => rows(page).count()).toBeGreaterThan(0);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path()) as string, 'utf8');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^decision,score,vulnerability,/);
    expect(lines.length).toBe((await rows(page).count()) + 1);
    for (const line of lines.slice(1)) expect(line).toMatch(/,"?'=1\+2 <script>/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('renders a hostile advisory inert: no script runs, no javascript: link', async () => {
    const { page, problems } = await open();
    await page.goto(`${serve.url}/exposures?advisory=${HOSTILE_ID}`);
    await page
      .getByRole('link', { name: /^(CVE-2099-0001|GHSA-xss9-dash-0001)$/ })
      .first()
      .click();
    await expect.poll(() => page.locator('[data-testid=advisory]').count()).toBe(1);
    const advisory = page.locator('[data-testid=advisory]');
    expect(await advisory.textContent()).toContain('click me');
    expect(await advisory.textContent()).toContain('crafted summary');
    expect(await page.locator('a[href="https://example.com/fix"]').getAttribute('rel')).toMatch(/noopener/);
    await page.getByText('click me').click(); // a link made inert: nothing happens
    await page.getByText('bold').hover();
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
    expect(await advisory.locator('script, img, iframe, svg, [onerror], [onmouseover]').count()).toBe(0);
    await shot(page, 'exposure-detail');
    // Chromium notes each inline handler of the untrusted text as refused by serve's CSP when DOMPurify parses it
    // (in an inert document, before removing it): the policy at work, not a fault of the page
    const csp = /violates the following Content Security Policy directive 'script-src 'self''/;
    expect(problems.filter((p) => !csp.test(p))).toEqual([]);
    await page.close();
  });

  it('draws the twin graph and clicks through to the exposures of a workload', async () => {
    const { page, problems } = await open();
    await page.goto(`${serve.url}/twin`);
    const graph = page.locator('[data-testid=twin-graph]');
    await expect.poll(() => graph.getAttribute('data-nodes')).toMatch(/wl:production\/shop\/auth/);
    const painted = await graph.evaluate((box) =>
      [...box.querySelectorAll('canvas')].reduce((n, c) => {
        const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? [];
        let seen = 0;
        for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) seen++;
        return n + seen;
      }, 0),
    );
    expect(painted).toBeGreaterThan(1000);
    const nodes = JSON.parse((await graph.getAttribute('data-nodes')) as string) as {
      id: string;
      x: number;
      y: number;
    }[];
    const auth = nodes.find((n) => n.id === 'wl:production/shop/auth');
    const box = await graph.boundingBox();
    await page.mouse.click((box?.x ?? 0) + (auth?.x ?? 0), (box?.y ?? 0) + (auth?.y ?? 0));
    await expect.poll(() => page.url()).toMatch(/\/exposures\?environment=production&workload=shop%2Fauth$/);
    await expect.poll(() => rows(page).count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows impact live: an advisory that arrives while the page is open appears by itself', async () => {
    const { page, problems } = await open();
    await page.goto(`${serve.url}/impact?id=${LIVE_ID}`);
    await expect.poll(() => page.locator('.state.empty').textContent()).toMatch(/No stored advisory/);
    await expect.poll(() => page.getByTestId('live').textContent()).toMatch(/live/);
    await syncMirror(mirrorOf(LIVE));
    await expect
      .poll(() => page.getByTestId('impact').textContent(), { timeout: 20_000 })
      .toMatch(/shop\/frontend/);
    // the frontend runs in production and staging
    const places = await page.locator('[data-testid=impact] tbody td:nth-child(2)').allTextContents();
    expect(new Set(places)).toEqual(new Set(['production', 'staging']));
    await shot(page, 'impact-live');
    // the only console error is the browser's note of the first lookup's 404 (no such advisory yet)
    expect(problems.filter((p) => !p.includes(`/api/v1/impact/${LIVE_ID}`))).toEqual([]);
    await page.close();
  });

  it('lists the gaps: an image without an SBOM and one known by tag only', async () => {
    const { page, problems } = await open();
    await page.goto(`${serve.url}/gaps`);
    await expect.poll(() => page.getByTestId('gaps-no-sbom').textContent()).toMatch(/redis/);
    expect(await page.getByTestId('gaps-unresolved-image').textContent()).toMatch(/busybox/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows an error with its request id, and a way to log in on 401', async () => {
    const { page } = await open();
    await page.route('**/api/v1/status', (route) =>
      route.fulfill({
        status: 401,
        contentType: 'application/json',
        body: JSON.stringify({
          error: { code: 'UNAUTHENTICATED', message: 'a valid API token is required', requestId: 'req-42' },
        }),
      }),
    );
    await page.goto(serve.url);
    await expect.poll(() => page.getByTestId('request-id').textContent()).toBe('req-42');
    expect(await page.locator('a[href="/auth/login"]').count()).toBe(2); // in the error, and in the header
    await shot(page, 'unauthenticated');
    await page.close();
  });

  it('is keyboard navigable: Tab reaches the pages, Enter follows', async () => {
    const { page, problems } = await open();
    await page.goto(serve.url);
    await settled(page);
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // brand
    await page.keyboard.press('Tab'); // Overview
    await page.keyboard.press('Tab'); // Exposures
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Exposures');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate('document.activeElement?.tagName')).toBe('H1');
    expect(new URL(page.url()).pathname).toBe('/exposures');
    expect(problems).toEqual([]);
    await page.close();
  });
});
