import type { Transaction } from '../platform/db/database.js';
import { csvRecord } from '../platform/csv-writer.js';
import { findJobRow } from './queries.js';

const COLUMNS = ['position', 'line', 'to', 'phone_number', 'status', 'reason_code', 'reason', 'connection_id', 'message_id', 'message_status', 'sent_at', 'delivered_at', 'read_at', 'failed_at'] as const;
/** Rows per query: a 100,000-recipient job is read in a few statements without holding it all as rows at once. */
const PAGE = 10_000;

export async function exportResults(trx: Transaction, id: string): Promise<string> {
  await findJobRow(trx, id);
  const lines = [csvRecord(COLUMNS)];
  let after = -1;
  for (;;) {
    const rows = (await trx('bulk_job_recipients as r')
      .leftJoin('messages as m', 'm.id', 'r.message_id')
      .where('r.job_id', id)
      .andWhere('r.position', '>', after)
      .orderBy('r.position')
      .limit(PAGE)
      .select(
        'r.position', 'r.line', 'r.to', 'r.phone_number', 'r.status', 'r.reason_code', 'r.reason_message as reason', 'r.connection_id', 'r.message_id',
        'm.status as message_status', 'm.sent_at', 'm.delivered_at', 'm.read_at', 'm.failed_at',
      )) as Array<Record<(typeof COLUMNS)[number], unknown>>;
    for (const row of rows) lines.push(csvRecord(COLUMNS.map((column) => row[column])));
    if (rows.length < PAGE) break;
    after = rows[rows.length - 1]!.position as number;
  }
  return `${lines.join('\r\n')}\r\n`;
}
