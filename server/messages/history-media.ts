import { withLease, type Lease } from '../connections/auth-store.js';
import type { TransportSession } from '../connections/transport.js';
import type { Services } from '../platform/services.js';
import { contentOf } from './inbound.js';
import { keepInboundMedia } from './media-access.js';
import { MessageRow, patchMessage } from './models.js';

/** Why a synced media message has no file yet: the worker is fetching it. */
export const HISTORY_MEDIA_PENDING = {
  code: 'history_media_pending',
  message: 'This file came with WhatsApp\'s history sync; Parley is downloading it.',
};

/** How many files one round takes from the connection's list, and how often one that keeps failing is tried. */
const ROUND = 10;
const MAX_ATTEMPTS = 3;

interface PendingDownload {
  message_id: string;
  wa_message: Buffer;
  attempts: number;
}

/**
 * Downloads the files of a connection's synced history, one at a time, after their batch is stored: each
 * message then gets its file (and its media type), or the reason it could not be had (`media_download_failed`,
 * `media_too_large`, as for files that arrive live). The list is in the database, so a worker that restarts
 * picks it up again; a file whose download keeps failing for another reason (the database, say) is given up
 * after a few attempts, with `media_download_failed`.
 */
export class HistoryMediaFetcher {
  #running: Promise<void> | null = null;
  #again = false;

  constructor(
    private readonly services: Services,
    private readonly lease: Lease,
    private readonly session: () => TransportSession | undefined,
  ) {}

  get #scope() {
    return { accountId: this.lease.accountId, mode: this.lease.mode };
  }

  /** Starts fetching, or has the running round look again when it is done; resolves when there is nothing left. */
  kick(): Promise<void> {
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    this.#running = this.#drain()
      .catch((error: unknown) => this.services.logger.warn({ err: error, connection_id: this.lease.connectionId }, 'fetching synced history files stopped; the next sync or link resumes it'))
      .finally(() => {
        this.#running = null;
        if (this.#again) {
          this.#again = false;
          void this.kick();
        }
      });
    return this.#running;
  }

  async #drain(): Promise<void> {
    for (;;) {
      const session = this.session();
      if (!session?.historyMedia) return;
      const rows = (await this.services.db.tenant(this.#scope, (trx) =>
        trx('history_media_downloads').where({ connection_id: this.lease.connectionId }).orderBy('created_at').limit(ROUND).select('message_id', 'wa_message', 'attempts'),
      )) as PendingDownload[];
      if (rows.length === 0) return;
      for (const row of rows) await this.#fetch(session, row);
    }
  }

  async #fetch(session: TransportSession, row: PendingDownload): Promise<void> {
    const { db, logger } = this.services;
    try {
      const content = session.historyMedia!(row.wa_message);
      const kept = content
        ? await keepInboundMedia(this.services, this.#scope, content)
        : { mediaNotKept: { code: 'media_download_failed', message: 'The synced message names no file Parley can download.' } };
      await withLease(db, this.lease, async (trx) => {
        const message = await MessageRow.query(trx).findById(row.message_id);
        // A message deleted meanwhile (or changed another way) keeps what it has.
        if (message?.error_code === HISTORY_MEDIA_PENDING.code) {
          if ('media' in kept && content) {
            const mapped = contentOf(content, kept.media);
            await patchMessage(trx, message.id, { type: mapped.type, content: mapped.content, media_id: kept.media.id, error_code: null, error_message: null, updated_at: new Date() });
          } else if ('mediaNotKept' in kept) {
            await patchMessage(trx, message.id, { error_code: kept.mediaNotKept.code, error_message: kept.mediaNotKept.message, updated_at: new Date() });
          }
        }
        await trx('history_media_downloads').where({ message_id: row.message_id }).delete();
      });
    } catch (error) {
      logger.warn({ err: error, message_id: row.message_id }, 'could not keep the file of a synced message');
      await withLease(db, this.lease, async (trx) => {
        if (row.attempts + 1 < MAX_ATTEMPTS) {
          await trx('history_media_downloads').where({ message_id: row.message_id }).update({ attempts: row.attempts + 1, created_at: new Date() });
          return;
        }
        await trx('messages')
          .where({ id: row.message_id, error_code: HISTORY_MEDIA_PENDING.code })
          .update({ error_code: 'media_download_failed', error_message: 'Parley could not keep the file of this synced message.', updated_at: new Date() });
        await trx('history_media_downloads').where({ message_id: row.message_id }).delete();
      });
    }
  }
}
