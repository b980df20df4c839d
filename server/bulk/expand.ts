import type { Knex } from 'knex';
import type { ContactRow } from '../contacts/models.js';
import type { Transaction } from '../platform/db/database.js';
import { ApiError } from '../platform/http/errors.js';
import { toE164 } from '../platform/phone.js';
import type { TenantScope } from '../platform/db/database.js';
import type { RecipientStatus } from './models.js';

export const MAX_RECIPIENTS = 100_000;
/** Rows per insert: large enough that 100,000 recipients take a few statements, small enough for one array each. */
const BATCH = 5_000;

export interface RecipientInput {
  to: string;
  variables: Record<string, string | number>;
}

/** Checks one recipient's variables (a template job renders them); returns the failure, or null. */
export type VariableCheck = (variables: Record<string, string | number>) => { code: string; message: string } | null;

export const tooMany = () =>
  new ApiError(400, 'invalid_request_error', 'bulk_job_too_many_recipients', `A bulk job may have at most ${MAX_RECIPIENTS.toLocaleString('en')} recipients; split it into several jobs.`, {
    param: 'recipients',
  });

/** A contact's variables: its attributes, and its name under `name`. */
export function contactRecipient(contact: ContactRow): RecipientInput {
  const variables: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(contact.attributes ?? {})) {
    if (typeof value === 'string' || typeof value === 'number') variables[key] = value;
  }
  if (contact.name !== null) variables.name = contact.name;
  return { to: contact.phone_number, variables };
}

/**
 * Stores a job's recipients in order, in batches, each with its outcome decided here: the first of each number
 * is kept, the rest skipped, as are invalid and opted-out numbers; a recipient whose variables do not render
 * fails alone.
 */
export class RecipientWriter {
  private readonly seen = new Set<string>();
  private pending: RecipientInput[] = [];
  private position = 0;
  /** The current batch's numbers that are on the opt-out list. */
  private optedOut = new Set<string>();

  constructor(
    private readonly trx: Transaction,
    private readonly scope: TenantScope,
    private readonly jobId: string,
    private readonly check: VariableCheck,
  ) {}

  get count(): number {
    return this.position + this.pending.length;
  }

  async add(recipient: RecipientInput): Promise<void> {
    if (this.count >= MAX_RECIPIENTS) throw tooMany();
    this.pending.push(recipient);
    if (this.pending.length >= BATCH) await this.flush();
  }

  async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    const numbers = batch.map((recipient) => toE164(recipient.to));
    const listed = await this.trx('opt_outs').whereIn('phone_number', numbers.filter((n): n is string => n !== null)).pluck('phone_number');
    this.optedOut = new Set<string>(listed);
    const columns = { position: [] as number[], to: [] as string[], phone: [] as (string | null)[], variables: [] as string[], status: [] as RecipientStatus[], code: [] as (string | null)[], text: [] as (string | null)[] };
    batch.forEach((recipient, i) => {
      const phone = numbers[i]!;
      const outcome = this.outcome(phone, recipient);
      columns.position.push(this.position + i);
      columns.to.push(recipient.to);
      columns.phone.push(phone);
      columns.variables.push(JSON.stringify(recipient.variables));
      columns.status.push(outcome.status);
      columns.code.push(outcome.code);
      columns.text.push(outcome.text);
      if (phone !== null) this.seen.add(phone);
    });
    this.position += batch.length;
    await this.trx.raw(
      `insert into bulk_job_recipients (job_id, position, account_id, mode, "to", phone_number, variables, status, reason_code, reason_message)
       select ?, u.pos, ?, ?, u.given, u.phone, u.vars::jsonb, u.status, u.code, u.reason
         from unnest(?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) as u(pos, given, phone, vars, status, code, reason)`,
      [this.jobId, this.scope.accountId, this.scope.mode, columns.position, columns.to, columns.phone, columns.variables, columns.status, columns.code, columns.text] as Knex.Value[],
    );
  }

  private outcome(phone: string | null, recipient: RecipientInput): { status: RecipientStatus; code: string | null; text: string | null } {
    if (phone === null) return { status: 'skipped', code: 'phone_number_invalid', text: `${recipient.to} is not a valid phone number.` };
    if (this.seen.has(phone)) return { status: 'skipped', code: 'duplicate', text: `${phone} is already an earlier recipient of this job.` };
    if (this.optedOut.has(phone)) return { status: 'skipped', code: 'recipient_opted_out', text: `${phone} is on the opt-out list.` };
    const failure = this.check(recipient.variables);
    if (failure) return { status: 'failed', code: failure.code, text: failure.message };
    return { status: 'pending', code: null, text: null };
  }
}
