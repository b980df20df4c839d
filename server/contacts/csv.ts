import { CsvError, parse } from 'csv-parse/sync';
import { invalidRequest } from '../platform/http/errors.js';
import { MAX_IMPORT_ROWS, tooManyRows, type ImportRow } from './import.js';

/** The file's cells, one array per record, with the raw text each came from (for line numbers). */
type Parsed = { record: string[]; raw: string }[];

const PHONE_COLUMNS = new Set(['phone_number', 'phone']);
/** Tags in one cell: `vip;newsletter` or `vip|newsletter`. Tags cannot contain either character. */
const TAG_SEPARATOR = /[;|]/;

const newlines = (text: string) => text.match(/\r\n|\n|\r/g)?.length ?? 0;

/** Strict UTF-8: a file in another encoding would otherwise import with mangled names and attributes. */
function decode(file: Buffer): string {
  try {
    // The decoder drops a leading byte order mark (spreadsheet programs write one).
    return new TextDecoder('utf-8', { fatal: true }).decode(file);
  } catch {
    throw invalidRequest('csv_encoding_invalid', 'The file is not valid UTF-8. Save it as "CSV UTF-8" and import it again; nothing was imported.', 'file');
  }
}

function parseCsv(text: string): Parsed {
  try {
    return parse(text, {
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      // Parsing stops one record past the limit: enough to know the file is too long.
      to: MAX_IMPORT_ROWS + 2,
    }) as unknown as Parsed;
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw invalidRequest('csv_malformed', `The file is not well-formed CSV${line ? ` (line ${line})` : ''}: ${error.message}. Nothing was imported.`, 'file');
    }
    throw error;
  }
}

/** Which field of a contact each column fills; every column that is not a known one is an attribute. */
function columnsOf(header: string[]): { field: 'phone_number' | 'name' | 'tags' | 'attribute'; name: string }[] {
  const seen = new Set<string>();
  const columns = header.map((name) => {
    const key = name.toLowerCase();
    if (name === '') throw invalidRequest('csv_header_invalid', 'A column in the header row has no name; name every column.', 'file');
    const field = PHONE_COLUMNS.has(key) ? 'phone_number' : key === 'name' || key === 'tags' ? key : 'attribute';
    const identity = field === 'attribute' ? `attribute:${key}` : field;
    if (seen.has(identity)) throw invalidRequest('csv_header_invalid', `The header names the column "${name}" (or its phone column) twice.`, 'file');
    seen.add(identity);
    return { field, name } as const;
  });
  if (!seen.has('phone_number')) {
    throw invalidRequest('csv_phone_column_missing', 'The header row has no phone column: name it `phone_number` (or `phone`). Nothing was imported.', 'file');
  }
  return columns;
}

/**
 * A CSV file as import rows. A file that cannot be read as a whole (encoding, quoting, header) is refused
 * before anything is imported; a row whose cells are wrong becomes an invalid row at its line.
 */
export function readContactsCsv(file: Buffer): ImportRow[] {
  const records = parseCsv(decode(file));
  const [header, ...data] = records;
  if (!header) throw invalidRequest('csv_phone_column_missing', 'The file is empty: it needs a header row with a `phone_number` column.', 'file');
  if (data.length > MAX_IMPORT_ROWS) throw tooManyRows();
  const columns = columnsOf(header.record);
  // A record's raw text starts with the empty lines skipped before it and may span lines (quoted newlines).
  let linesBefore = newlines(header.raw);
  const rows: ImportRow[] = [];
  for (const { record, raw } of data) {
    const line = 1 + linesBefore + newlines(raw.match(/^[\r\n]*/)![0]);
    linesBefore += newlines(raw);
    // A row of empty cells (",,,") is an empty line to a spreadsheet.
    if (record.every((cell) => cell === '')) continue;
    rows.push(
      record.length > columns.length
        ? { line, values: {}, problem: { code: 'row_invalid', reason: `The row has ${record.length} cells; the header has ${columns.length} columns.` } }
        : { line, values: valuesOf(columns, record) },
    );
  }
  return rows;
}

function valuesOf(columns: ReturnType<typeof columnsOf>, record: string[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const attributes: Record<string, string> = {};
  columns.forEach((column, index) => {
    const cell = record[index] ?? '';
    // An empty cell says nothing: it leaves the contact's value as it is.
    if (cell === '') return;
    if (column.field === 'attribute') attributes[column.name] = cell;
    else if (column.field === 'tags') values.tags = cell.split(TAG_SEPARATOR).map((tag) => tag.trim()).filter((tag) => tag !== '');
    else values[column.field] = cell;
  });
  if (Object.keys(attributes).length > 0) values.attributes = attributes;
  return values;
}
