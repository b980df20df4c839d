// What the console's browser tests share: where screenshots go, the two widths they are taken at, and a page
// that records the browser's script errors.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';

export const SHOTS = path.resolve(import.meta.dirname, '../.artifacts/console');
export const DESKTOP = { width: 1280, height: 860 };
export const PHONE = { width: 390, height: 844 };

/** Saves the page at desktop width and at phone width (test/.artifacts/console/, git-ignored). */
export async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}-desktop.png`), fullPage: true });
  const size = page.viewportSize();
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: path.join(SHOTS, `${name}-phone.png`), fullPage: true });
  if (size) await page.setViewportSize(size);
}

/** A desktop-sized page in a context of its own, signed in with `cookie` ("parley_session=...") when given. */
export async function newConsolePage(browser: Browser, options: { baseUrl: string; cookie?: string; errors: string[] }): Promise<Page> {
  const context = await browser.newContext({ viewport: DESKTOP });
  if (options.cookie) {
    const [name = '', value = ''] = options.cookie.split('=');
    await context.addCookies([{ name, value, url: options.baseUrl }]);
  }
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') options.errors.push(message.text());
  });
  return page;
}
