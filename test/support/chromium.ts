import { type Browser, chromium } from 'playwright-core';

/** Debian's chromium, headless, with the flags the machine's guide gives (no sandbox as root, no GPU). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}
