import nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';
import type { Config } from '../config.js';
import type { Database, Transaction } from '../platform/db/database.js';
import { newId } from '../platform/ids.js';
import type { Logger } from '../platform/logger.js';
import { startBackgroundWork } from '../platform/background.js';
import type { Services } from '../platform/services.js';

/** Published once a transaction that queued email commits: a worker sends it at once. */
export const EMAILS_QUEUED = 'emails:queued';
const SEAL_PURPOSE = 'email-body';
const POLL_INTERVAL_MS = 5_000;
const BATCH = 20;
/** A claimed email is left alone this long: a worker that stopped mid-send leaves it to another after this. */
const CLAIM_SECONDS = 120;

export type EmailKind = 'password_reset' | 'email_verification' | 'invitation';

export interface OutgoingEmail {
  kind: EmailKind;
  to: string;
  subject: string;
  text: string;
  userId?: string | null;
}

/**
 * Queues an email in the caller's transaction: it goes out only if that transaction commits, and once it has
 * committed it is not lost (a worker sends it, and tries again if the SMTP server does not take it).
 */
export async function queueEmail(trx: Transaction, services: Pick<Services, 'secrets' | 'bus'>, email: OutgoingEmail): Promise<string> {
  const id = newId('email');
  await trx('emails').insert({
    id,
    user_id: email.userId ?? null,
    kind: email.kind,
    to_address: email.to,
    subject: email.subject,
    body_sealed: services.secrets.encrypt(SEAL_PURPOSE, email.text),
  });
  trx.executionPromise.then(() => services.bus.publish(EMAILS_QUEUED, { id })).catch(() => undefined);
  return id;
}

/** What sends a message: SMTP, or with no SMTP_URL the log (a developer follows the links from there). */
export interface Mailer {
  send(message: { from: string; to: string; subject: string; text: string }): Promise<void>;
  close(): void;
}

export function createMailer(config: Pick<Config, 'SMTP_URL'>, logger: Logger): Mailer {
  if (!config.SMTP_URL) {
    return {
      send: async (message) => {
        logger.info({ email: { to: message.to, subject: message.subject } }, `email (SMTP_URL is not set, so it is written here instead of sent):\n\n${message.text}\n`);
      },
      close: () => undefined,
    };
  }
  const transport: Transporter = nodemailer.createTransport(config.SMTP_URL, {});
  return {
    send: async (message) => {
      await transport.sendMail(message);
    },
    close: () => transport.close(),
  };
}

interface ClaimedEmail {
  id: string;
  to_address: string;
  subject: string;
  body_sealed: string | null;
  attempts: number;
}

/** Retries wait 30 s, 1 min, 2 min, ... up to 4 h: twelve attempts span about a day. */
export const retryDelaySeconds = (attempts: number) => Math.min(30 * 2 ** (attempts - 1), 4 * 3600);

/** An SMTP 5xx answer (the address does not exist, the message is refused): trying again will not help. */
const permanent = (error: unknown) => {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
};

/**
 * Sends the email that is due, a batch at a time. Each is claimed first (its next attempt pushed past the
 * claim time, in a short transaction), so several workers never send one twice and no database connection is
 * held while the SMTP server answers. A worker that stops after the SMTP server took a message but before it
 * marked it sent leaves it to be sent again: at least once, never lost. Returns how many were attempted.
 */
export async function sendDueEmails(services: Pick<Services, 'db' | 'secrets' | 'config' | 'logger'>, mailer: Mailer): Promise<number> {
  const claimed = await services.db.system(async (trx) => {
    const result = await trx.raw<{ rows: ClaimedEmail[] }>(
      `update emails e set attempts = e.attempts + 1, next_attempt_at = now() + make_interval(secs => ?)
         from (select id from emails where status = 'queued' and next_attempt_at <= now()
                order by next_attempt_at limit ? for update skip locked) due
        where e.id = due.id
        returning e.id, e.to_address, e.subject, e.body_sealed, e.attempts`,
      [CLAIM_SECONDS, BATCH],
    );
    return result.rows;
  });
  for (const email of claimed) {
    try {
      if (email.body_sealed === null) throw new Error('the email has no body');
      const text = services.secrets.decrypt(SEAL_PURPOSE, email.body_sealed).toString('utf8');
      await mailer.send({ from: services.config.EMAIL_FROM, to: email.to_address, subject: email.subject, text });
      await services.db.system((trx) => trx('emails').where({ id: email.id }).update({ status: 'sent', sent_at: new Date(), body_sealed: null, last_error: null }));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const giveUp = permanent(error) || email.attempts >= services.config.EMAIL_MAX_ATTEMPTS;
      services.logger.warn({ err: error, email: email.id, attempts: email.attempts, giveUp }, 'sending an email failed');
      await services.db.system((trx) =>
        trx('emails')
          .where({ id: email.id })
          .update(
            giveUp
              ? { status: 'failed', body_sealed: null, last_error: message.slice(0, 1000) }
              : { next_attempt_at: new Date(Date.now() + retryDelaySeconds(email.attempts) * 1000), last_error: message.slice(0, 1000) },
          ),
      );
    }
  }
  return claimed.length;
}

/** Emails sent or given up are kept this long (what was sent to whom, for support questions; never a body). */
const SENT_EMAIL_KEPT_DAYS = 30;

/** Deletes the emails kept long enough; returns how many. */
export function purgeOldEmails(db: Database): Promise<number> {
  return db.system((trx) =>
    trx('emails')
      .whereIn('status', ['sent', 'failed'])
      .where('created_at', '<', trx.raw(`now() - make_interval(days => ?)`, [SENT_EMAIL_KEPT_DAYS]))
      .delete(),
  );
}

/** Sends queued email as soon as it commits, and what is due for a retry every few seconds. */
export async function startEmailSender(services: Services): Promise<() => Promise<void>> {
  const mailer = createMailer(services.config, services.logger.child({ component: 'email' }));
  const stop = await startBackgroundWork(services, {
    name: 'sending email',
    channels: [EMAILS_QUEUED],
    intervalMs: POLL_INTERVAL_MS,
    // A full batch may have more behind it.
    work: async (stopped) => {
      while (!stopped() && (await sendDueEmails(services, mailer)) === BATCH);
    },
  });
  return async () => {
    await stop();
    mailer.close();
  };
}
