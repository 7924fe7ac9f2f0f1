/** What a browser would do for the login flow: keep cookies per origin and path; redirects are followed by hand. */
export interface TestBrowser {
  /** One request, with the cookies the browser holds for it; the cookies of the answer are kept. */
  fetch(url: string | URL, init?: RequestInit): Promise<Response>;
  cookie(url: string, name: string): string | undefined;
  setCookie(url: string, name: string, value: string): void;
  /** The `Cookie` header the browser would send to `url`. */
  cookieHeader(url: string | URL): string;
}

export function testBrowser(): TestBrowser {
  const jar = new Map<string, Map<string, { value: string; path: string }>>();
  const of = (url: string | URL) => {
    const origin = new URL(url).origin;
    const cookies = jar.get(origin) ?? new Map<string, { value: string; path: string }>();
    jar.set(origin, cookies);
    return cookies;
  };
  const cookieHeader = (url: string | URL) =>
    [...of(url)]
      .filter(([, c]) => new URL(url).pathname.startsWith(c.path))
      .map(([name, c]) => `${name}=${c.value}`)
      .join('; ');
  return {
    cookieHeader,
    cookie: (url, name) => of(url).get(name)?.value,
    setCookie: (url, name, value) => {
      of(url).set(name, { value, path: of(url).get(name)?.path ?? '/' });
    },
    async fetch(url, init = {}) {
      const headers = new Headers(init.headers);
      const cookie = cookieHeader(url);
      if (cookie !== '') headers.set('cookie', cookie);
      const response = await fetch(url, { ...init, headers, redirect: 'manual' });
      for (const line of response.headers.getSetCookie()) {
        const [pair = '', ...attributes] = line.split(';').map((p) => p.trim());
        const eq = pair.indexOf('=');
        const name = pair.slice(0, eq);
        const attribute = (key: string) =>
          attributes.find((a) => a.toLowerCase().startsWith(`${key}=`))?.slice(key.length + 1);
        if (attribute('max-age') === '0' || /expires=thu, 01 jan 1970/i.test(line)) of(url).delete(name);
        else of(url).set(name, { value: pair.slice(eq + 1), path: attribute('path') ?? '/' });
      }
      return response;
    },
  };
}

/**
 * From Vigil's `/auth/login` through the IdP's login (as `login`) and consent pages, following every redirect, up
 * to the IdP's answer: the callback URL (with code and state), not yet visited.
 */
export async function throughIdp(browser: TestBrowser, vigilUrl: string, login: string): Promise<URL> {
  const callback = `${vigilUrl}/auth/callback`;
  let url = new URL(`${vigilUrl}/auth/login`);
  let response = await browser.fetch(url);
  for (let step = 0; step < 20; step++) {
    if (response.status >= 300 && response.status < 400) {
      url = new URL(response.headers.get('location') ?? '', url);
      if (url.href.startsWith(callback)) return url;
      response = await browser.fetch(url);
      continue;
    }
    const page = await response.text();
    const prompt = /name="prompt" value="(\w+)"/.exec(page)?.[1];
    if (response.status !== 200 || !prompt)
      throw new Error(`unexpected IdP answer ${response.status} at ${url.href}: ${page.slice(0, 300)}`);
    response = await browser.fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ prompt, login, password: 'any' }).toString(),
    });
  }
  throw new Error('the login took more than 20 steps');
}

/** A whole login as `login`: the session cookie and the CSRF token `GET /api/v1/me` gives. */
export async function logIn(
  browser: TestBrowser,
  vigilUrl: string,
  login: string,
): Promise<{ readonly session: string; readonly csrf: string }> {
  const answered = await browser.fetch(await throughIdp(browser, vigilUrl, login));
  if (answered.status !== 302)
    throw new Error(`the callback answered ${answered.status}: ${await answered.text()}`);
  const me = (await (await browser.fetch(`${vigilUrl}/api/v1/me`)).json()) as { csrfToken: string };
  return { session: browser.cookie(vigilUrl, 'vigil_session') ?? '', csrf: me.csrfToken };
}
