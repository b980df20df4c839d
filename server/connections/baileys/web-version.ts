import { DEFAULT_CONNECTION_CONFIG, type WAVersion } from '@whiskeysockets/baileys';
import type { Logger } from '../../platform/logger.js';

/** How long a version read from WhatsApp is used before the next connection start asks again. */
export const WEB_VERSION_REFRESH_INTERVAL_MS = 24 * 60 * 60_000;
/** After a failed check, how long until a connection start asks again. */
export const WEB_VERSION_RETRY_MS = 60 * 60_000;
/** The most of WhatsApp's page read while looking for its version. */
const MAX_PAGE_BYTES = 2 * 1024 * 1024;

export interface WebVersionOptions {
  /** WHATSAPP_WEB_VERSION, "2.3000.1023223821"; undefined: the version Baileys pins. */
  configured: string | undefined;
  /** Whether to ask WhatsApp for its current version. */
  refresh: boolean;
  /** Where WhatsApp publishes it (its web client's service worker names `client_revision`). */
  url: string;
  timeoutMs: number;
  logger: Logger;
}

export const formatWebVersion = (version: WAVersion): string => version.join('.');

export function parseWebVersion(value: string): WAVersion {
  const parts = value.split('.').map(Number);
  if (parts.length !== 3 || parts.some((part) => !Number.isInteger(part) || part < 0)) throw new Error(`not a WhatsApp Web version: ${value}`);
  return parts as WAVersion;
}

/** WhatsApp Web's revision as its service worker names it (`"client_revision":1023223821`, JSON-escaped or not). */
export function revisionInPage(page: string): number | undefined {
  const match = /client_revision\\?"?\s*:\s*(\d{1,10})\b/.exec(page);
  const revision = match ? Number(match[1]) : NaN;
  return Number.isSafeInteger(revision) && revision > 0 && revision <= 0xffffffff ? revision : undefined;
}

/**
 * The WhatsApp Web version live connections present. WhatsApp refuses to link clients whose version it has
 * retired, so Parley can ask WhatsApp for its current one: at the first live connection start, then again after a
 * day. The answer must come within the timeout; on any failure the configured (or Baileys' pinned) version is
 * used, with one log line saying why. Starts that overlap share one request.
 */
export class WebVersionSource {
  readonly #fallback: WAVersion;
  readonly #fallbackSource: string;
  #current: { value: Promise<WAVersion>; until: number } | undefined;

  constructor(private readonly options: WebVersionOptions) {
    this.#fallback = options.configured ? parseWebVersion(options.configured) : [...DEFAULT_CONNECTION_CONFIG.version];
    this.#fallbackSource = options.configured ? 'WHATSAPP_WEB_VERSION' : "the version pinned by Parley's Baileys release";
  }

  current(now = Date.now()): Promise<WAVersion> {
    if (this.#current && now < this.#current.until) return this.#current.value;
    if (!this.options.refresh) {
      this.options.logger.info({ whatsapp_web_version: formatWebVersion(this.#fallback) }, `using WhatsApp Web version ${formatWebVersion(this.#fallback)} (${this.#fallbackSource})`);
      this.#current = { value: Promise.resolve(this.#fallback), until: Infinity };
    } else {
      const current = { value: Promise.resolve(this.#fallback), until: now + WEB_VERSION_REFRESH_INTERVAL_MS };
      current.value = this.#fetch().then((version) => {
        if (!version) current.until = Math.min(current.until, Date.now() + WEB_VERSION_RETRY_MS);
        return version ?? this.#fallback;
      });
      this.#current = current;
    }
    return this.#current.value;
  }

  /** WhatsApp's current version, or undefined (logged) when it could not be had. */
  async #fetch(): Promise<WAVersion | undefined> {
    const { url, timeoutMs, logger } = this.options;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: '*/*' } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const revision = revisionInPage((await response.text()).slice(0, MAX_PAGE_BYTES));
      if (revision === undefined) throw new Error('the page names no client_revision');
      const version: WAVersion = [2, 3000, revision];
      logger.info({ whatsapp_web_version: formatWebVersion(version), url }, `using WhatsApp Web version ${formatWebVersion(version)} (WhatsApp's current, from ${url})`);
      return version;
    } catch (error) {
      const reason = error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : reasonOf(error);
      logger.warn(
        { whatsapp_web_version: formatWebVersion(this.#fallback), url, reason },
        `could not read WhatsApp Web's current version from ${url} (${reason}); using ${formatWebVersion(this.#fallback)} (${this.#fallbackSource})`,
      );
      return undefined;
    }
  }
}

function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error.cause as { code?: string } | undefined)?.code;
  return code ? `${error.message}: ${code}` : error.message;
}
