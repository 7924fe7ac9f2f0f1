import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/adapters/cli/test-support/run-cli.js';
import {
  type ServeInProcess,
  serveInProcess,
} from '../../src/adapters/http/test-support/serve-in-process.js';
import { startTestIdp, type TestIdp } from '../../src/adapters/http/test-support/test-idp.js';
import { launchChromium } from '../support/chromium.js';

// A person logs in to the dashboard in a real browser (Debian's chromium) through a real OIDC provider
// (oidc-provider's development login and consent pages on loopback): the page sends them to the IdP, the IdP back
// to serve's callback, and the dashboard then shows who they are and their team's data.
describe('logging in to the dashboard through OIDC, in a browser', () => {
  let home: string;
  let idp: TestIdp;
  let serve: ServeInProcess;
  let browser: Browser;

  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'vigil-login-'));
    idp = await startTestIdp({ alice: { name: 'Alice Admin', groups: ['staff', 'vigil-admins'] } });
    const env = { VIGIL_HOME: home };
    // a token exists: the API is no longer open on loopback, a person must log in
    const made = await runCli(['token', 'create', '--team', 'ops', '--scope', 'admin'], { env });
    expect(made.code, made.stderr).toBe(0);
    serve = await serveInProcess(['--feeds-every', '0'], {
      ...env,
      VIGIL_OIDC_ISSUER: idp.issuer,
      VIGIL_OIDC_CLIENT_ID: idp.clientId,
      VIGIL_OIDC_CLIENT_SECRET: idp.clientSecret,
      VIGIL_OIDC_ADMIN_GROUP: 'vigil-admins',
    });
    idp.open(`${serve.url}/auth/callback`);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await serve?.stop();
    idp?.close();
    if (home) rmSync(home, { recursive: true, force: true });
  });

  it('goes to the IdP and back, then shows who is logged in; logging out ends it', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
    await page.goto(serve.url);
    // not logged in: the API answers 401 and the page offers the login
    const login = page.locator('header a[href="/auth/login"]');
    await expect.poll(() => login.count()).toBe(1);
    await login.click();
    // the IdP's own pages: login, then consent
    await page.waitForURL((u) => u.href.startsWith(idp.issuer));
    await page.locator('input[name="login"]').fill('alice');
    await page.locator('input[name="password"]').fill('any');
    await page.locator('button[type="submit"]').click();
    for (let step = 0; step < 3 && page.url().startsWith(idp.issuer); step++) {
      await page.locator('button[type="submit"]').first().click();
      await page.waitForLoadState();
    }
    await page.waitForURL((u) => u.href.startsWith(serve.url));
    await expect.poll(() => page.locator('header .caller').textContent()).toMatch(/Alice Admin · team /);
    await expect.poll(() => page.locator('h1').first().textContent()).toBe('Overview');
    // the session cookie is HttpOnly: the page's script cannot read it
    expect(await page.evaluate('document.cookie')).not.toMatch(/vigil_session/);
    const cookies = await page.context().cookies(serve.url);
    expect(cookies.find((c) => c.name === 'vigil_session')).toMatchObject({
      httpOnly: true,
      sameSite: 'Lax',
    });
    await page.getByRole('button', { name: /log out/i }).click();
    await expect.poll(() => login.count()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });
});
