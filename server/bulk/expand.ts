import type { Knex } from 'knex';
import type { PlanDefinition } from '../accounts/plans.js';
import type { ContactRow } from '../contacts/models.js';
import type { Mode, TenantScope, Transaction } from '../platform/db/database.js';
import { toE164 } from '../platform/phone.js';
import { isGroupId } from '../connections/groups.js';
import { planLimitReached } from '../usage/limits.js';
import type { RecipientStatus } from './models.js';

/** Rows per insert: large enough that 100,000 recipients take a few statements, small enough for one array each. */
const BATCH = 5_000;

export interface RecipientInput {
  to: string;
  variables: Record<string, string | number>;
  /** The CSV line it was read from. */
  line?: number;
  /** Set when reading it already found it unusable (a CSV row with too many cells): it is skipped. */
  problem?: { code: string; message: string };
}

/** Checks one recipient's variables (a template job renders them); returns the failure, or null. */
export type VariableCheck = (variables: Record<string, string | number>) => { code: string; message: string } | null;

/** The account's recipient limit for one job, with what the refusal names. */
export interface RecipientLimit {
  max: number;
  plan: PlanDefinition;
  mode: Mode;
}

/** `count`: the recipients the request has, when known; else it has more than the limit. */
export const tooMany = (limit: RecipientLimit, source: string, count = limit.max + 1) =>
  planLimitReached('bulk_job_recipients', {
    value: limit.max,
    used: count,
    plan: limit.plan,
    mode: limit.mode,
    remedy: `No job was created. Split the list (${source}) into several jobs, or`,
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
    /** The account's recipient limit, and the request field the recipients came in. */
    private readonly limit: RecipientLimit & { param: string },
    /** How many connections the job sends through: a group can only be written to by one that is in it. */
    private readonly connections = 1,
  ) {}

  get count(): number {
    return this.position + this.pending.length;
  }

  async add(recipient: RecipientInput): Promise<void> {
    if (this.count >= this.limit.max) throw tooMany(this.limit, this.limit.param);
    this.pending.push(recipient);
    if (this.pending.length >= BATCH) await this.flush();
  }

  async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    // A recipient is a phone number or a WhatsApp group id (sent to as a group message, like a single send).
    const numbers = batch.map((recipient) => (isGroupId(recipient.to.trim()) ? recipient.to.trim() : toE164(recipient.to)));
    const listed = await this.trx('opt_outs').whereIn('phone_number', numbers.filter((n): n is string => n !== null && !isGroupId(n))).pluck('phone_number');
    this.optedOut = new Set<string>(listed);
    const columns = { position: [] as number[], line: [] as (number | null)[], to: [] as string[], phone: [] as (string | null)[], variables: [] as string[], status: [] as RecipientStatus[], code: [] as (string | null)[], text: [] as (string | null)[] };
    batch.forEach((recipient, i) => {
      const phone = numbers[i]!;
      const outcome = this.outcome(phone, recipient);
      columns.position.push(this.position + i);
      columns.line.push(recipient.line ?? null);
      columns.to.push(recipient.to);
      columns.phone.push(phone);
      columns.variables.push(JSON.stringify(recipient.variables));
      columns.status.push(outcome.status);
      columns.code.push(outcome.code);
      columns.text.push(outcome.text);
      if (phone !== null && !recipient.problem) this.seen.add(phone);
    });
    this.position += batch.length;
    await this.trx.raw(
      `insert into bulk_job_recipients (job_id, position, line, account_id, mode, "to", phone_number, variables, status, reason_code, reason_message)
       select ?, u.pos, u.line, ?, ?, u.given, u.phone, u.vars::jsonb, u.status, u.code, u.reason
         from unnest(?::int[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) as u(pos, line, given, phone, vars, status, code, reason)`,
      [this.jobId, this.scope.accountId, this.scope.mode, columns.position, columns.line, columns.to, columns.phone, columns.variables, columns.status, columns.code, columns.text] as Knex.Value[],
    );
  }

  private outcome(phone: string | null, recipient: RecipientInput): { status: RecipientStatus; code: string | null; text: string | null } {
    if (recipient.problem) return { status: 'skipped', code: recipient.problem.code, text: recipient.problem.message };
    if (phone === null) {
      return { status: 'skipped', code: 'phone_number_invalid', text: recipient.to === '' ? 'The row has no phone number.' : `${recipient.to} is not a valid phone number.` };
    }
    if (this.seen.has(phone)) return { status: 'skipped', code: 'duplicate', text: `${phone} is already an earlier recipient of this job.` };
    // Recipients are spread over the job's connections, and only a connection in the group may write to it.
    if (isGroupId(phone) && this.connections > 1) {
      return {
        status: 'skipped',
        code: 'group_needs_single_connection',
        text: `${phone} is a group: send to groups in a job with one connection (a member of the group), as recipients are spread over a job's connections.`,
      };
    }
    if (this.optedOut.has(phone)) return { status: 'skipped', code: 'recipient_opted_out', text: `${phone} is on the opt-out list.` };
    const failure = this.check(recipient.variables);
    if (failure) return { status: 'failed', code: failure.code, text: failure.message };
    return { status: 'pending', code: null, text: null };
  }
}
