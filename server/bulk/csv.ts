import { findMedia, loadMediaBytes } from '../media/media.js';
import { formatBytes } from '../media/limits.js';
import { csvColumns, extraCellsReason, MAX_CSV_BYTES, readCsvTable, type CsvOptions } from '../platform/csv.js';
import type { TenantScope } from '../platform/db/database.js';
import { invalidRequest } from '../platform/http/errors.js';
import type { Services } from '../platform/services.js';
import { tooMany, type RecipientInput, type RecipientLimit } from './expand.js';

const PARAM = 'recipients_csv.media_id';

/**
 * The recipients of a CSV file uploaded as media: the phone column is `to`, every other column a variable. Read
 * before the job's transaction (the file may take a second to parse); a file that cannot be read as a whole is
 * refused, so no job is created from it.
 */
export async function readRecipientsCsv(services: Services, scope: TenantScope, mediaId: string, limit: RecipientLimit): Promise<RecipientInput[]> {
  const media = await services.db.tenant(scope, (trx) => findMedia(trx, mediaId, PARAM));
  if (media.size > MAX_CSV_BYTES) {
    throw invalidRequest('media_too_large', `${PARAM} is ${formatBytes(media.size)}; a recipients file may be at most ${formatBytes(MAX_CSV_BYTES)}. Split it into several jobs.`, PARAM);
  }
  const options: CsvOptions = { maxRows: limit.max, tooManyRows: () => tooMany(limit, PARAM), nothingDone: 'No job was created.', param: PARAM };
  const table = readCsvTable(await loadMediaBytes(services, media), options);
  const columns = csvColumns(table.header, [], options);
  return table.rows.map(({ line, cells }) => {
    const recipient: RecipientInput = { to: '', variables: {}, line };
    if (cells.length > columns.length) {
      recipient.problem = { code: 'row_invalid', message: extraCellsReason(cells.length, columns.length) };
    }
    columns.forEach((column, index) => {
      const cell = cells[index] ?? '';
      if (column.field === 'phone_number') recipient.to = cell;
      // An empty cell is a variable not given: a template that uses it fails this recipient, naming it.
      else if (cell !== '') recipient.variables[column.name] = cell;
    });
    return recipient;
  });
}
