import { CsvError, parse } from 'csv-parse/sync';
import { type ApiError, invalidRequest } from './http/errors.js';

/** A CSV file's header and its data rows, each with the 1-based line it starts on. */
export interface CsvTable {
  header: string[];
  rows: { line: number; cells: string[] }[];
}

export interface CsvOptions {
  /** Data rows a file may have; parsing stops one past it. */
  maxRows: number;
  tooManyRows: () => ApiError;
  /** What a refused file leaves undone, ending each error: "Nothing was imported." */
  nothingDone: string;
  /** The request field the file came in, for errors' `param`. */
  param: string;
}

/** The largest CSV file Parley reads: files are parsed whole, in memory. */
export const MAX_CSV_BYTES = 20 * 1024 * 1024;

/** The columns every CSV Parley reads may use for the phone number. */
const PHONE_COLUMNS = new Set(['phone_number', 'phone']);

const newlines = (text: string) => text.match(/\r\n|\n|\r/g)?.length ?? 0;

/** Strict UTF-8: a file in another encoding would otherwise be read with mangled names and values. */
function decode(file: Buffer, options: CsvOptions): string {
  try {
    // The decoder drops a leading byte order mark (spreadsheet programs write one).
    return new TextDecoder('utf-8', { fatal: true }).decode(file);
  } catch {
    throw invalidRequest('csv_encoding_invalid', `The file is not valid UTF-8. Save it as "CSV UTF-8" and send it again; ${lower(options.nothingDone)}`, options.param);
  }
}

const lower = (sentence: string) => sentence.charAt(0).toLowerCase() + sentence.slice(1);

/** PostgreSQL cannot store U+0000 in text: a file holding one is refused whole, naming the line it is on. */
function refuseNul(text: string, options: CsvOptions): void {
  const at = text.indexOf('\0');
  if (at === -1) return;
  const line = 1 + newlines(text.slice(0, at));
  throw invalidRequest(
    'csv_malformed',
    `The file has a NUL character (U+0000) on line ${line}, which PostgreSQL cannot store; remove it and send the file again. ${options.nothingDone}`,
    options.param,
  );
}

function parseCsv(text: string, options: CsvOptions): { record: string[]; raw: string }[] {
  refuseNul(text, options);
  try {
    return parse(text, {
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      // Parsing stops one record past the limit: enough to know the file is too long.
      to: options.maxRows + 2,
    }) as unknown as { record: string[]; raw: string }[];
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw invalidRequest('csv_malformed', `The file is not well-formed CSV${line ? ` (line ${line})` : ''}: ${error.message}. ${options.nothingDone}`, options.param);
    }
    throw error;
  }
}

/**
 * A CSV file with a header row, read whole. A file that cannot be read as a whole (encoding, quoting, too many
 * rows, no header) is refused; rows of empty cells are left out, as a spreadsheet shows them as empty lines.
 */
export function readCsvTable(file: Buffer, options: CsvOptions): CsvTable {
  const records = parseCsv(decode(file, options), options);
  const [header, ...data] = records;
  if (!header) throw invalidRequest('csv_phone_column_missing', `The file is empty: it needs a header row with a \`phone_number\` column. ${options.nothingDone}`, options.param);
  if (data.length > options.maxRows) throw options.tooManyRows();
  // A record's raw text starts with the empty lines skipped before it and may span lines (quoted newlines).
  let linesBefore = newlines(header.raw);
  const rows: CsvTable['rows'] = [];
  for (const { record, raw } of data) {
    const line = 1 + linesBefore + newlines(raw.match(/^[\r\n]*/)![0]);
    linesBefore += newlines(raw);
    if (record.every((cell) => cell === '')) continue;
    rows.push({ line, cells: record });
  }
  return { header: header.record, rows };
}

export interface CsvColumn<N extends string> {
  field: 'phone_number' | N | 'other';
  name: string;
}

/**
 * What each header column fills: the phone number (`phone_number` or `phone`), one of `named` (matched
 * case-insensitively), or else a column kept under its own name. Every column needs a name, none may repeat,
 * and the phone column is required.
 */
export function csvColumns<N extends string>(header: string[], named: readonly N[], options: CsvOptions): CsvColumn<N>[] {
  const seen = new Set<string>();
  const columns = header.map((name) => {
    const key = name.toLowerCase();
    if (name === '') throw invalidRequest('csv_header_invalid', `A column in the header row has no name; name every column. ${options.nothingDone}`, options.param);
    const field: CsvColumn<N>['field'] = PHONE_COLUMNS.has(key) ? 'phone_number' : (named as readonly string[]).includes(key) ? (key as N) : 'other';
    const identity = field === 'other' ? `other:${key}` : field;
    if (seen.has(identity)) throw invalidRequest('csv_header_invalid', `The header names the column "${name}" (or its phone column) twice. ${options.nothingDone}`, options.param);
    seen.add(identity);
    return { field, name };
  });
  if (!seen.has('phone_number')) {
    throw invalidRequest('csv_phone_column_missing', `The header row has no phone column: name it \`phone_number\` (or \`phone\`). ${options.nothingDone}`, options.param);
  }
  return columns;
}

/** A row with more cells than the header has columns: the row is reported, the file goes on. */
export const extraCellsReason = (cells: number, columns: number) => `The row has ${cells} cells; the header has ${columns} columns.`;
