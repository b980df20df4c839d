// What the console's browser tests share: where screenshots go, the two widths they are taken at, and a page
// that records the browser's script errors, and the stack every suite starts (startConsoleStack).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ensureConsoleBuilt } from '../../server/console/build.js';
import { launchChromium } from './browser.js';
import { createScratchDatabase, type ScratchDatabase } from './connections-database.js';
import { startTestServer, type TestServer } from './server.js';
import { startSmtpServer, type TestSmtpServer } from './smtp.js';

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

export interface ConsoleStack {
  browser: Browser;
  database: ScratchDatabase;
  server: TestServer;
  /** Only when asked for: the server then sends its emails to it. */
  smtp: TestSmtpServer | undefined;
  /** Stops what started, last first. */
  stop(): Promise<void>;
}

/**
 * What every console browser suite starts: Chromium, the built console, a database of its own and a Parley on it
 * with a worker (`PARLEY_ROLE: 'all'`; `env` adds or overrides), and with `smtp` a local SMTP server for its emails.
 * If a step fails, what started before it is stopped.
 */
export async function startConsoleStack(options: { smtp?: boolean; env?: Record<string, string> } = {}): Promise<ConsoleStack> {
  const started: Array<() => Promise<unknown>> = [];
  const stop = async () => {
    for (const step of started.reverse()) await step();
  };
  try {
    const browser = await launchChromium();
    started.push(() => browser.close());
    await ensureConsoleBuilt();
    const database = await createScratchDatabase();
    started.push(() => database.drop());
    const smtp = options.smtp ? await startSmtpServer() : undefined;
    if (smtp) started.push(() => smtp.stop());
    const server = await startTestServer({ DATABASE_URL: database.url, PARLEY_ROLE: 'all', ...(smtp && { SMTP_URL: smtp.url }), ...options.env });
    started.push(() => server.stop());
    return { browser, database, server, smtp, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
