import { csvColumns, extraCellsReason, type CsvColumn, readCsvTable, type CsvOptions } from '../platform/csv.js';
import { MAX_IMPORT_ROWS, tooManyRows, type ImportRow } from './import.js';

/** Tags in one cell: `vip;newsletter` or `vip|newsletter`. Tags cannot contain either character. */
const TAG_SEPARATOR = /[;|]/;

const OPTIONS: CsvOptions = { maxRows: MAX_IMPORT_ROWS, tooManyRows, nothingDone: 'Nothing was imported.', param: 'file' };

/**
 * A CSV file as import rows: `name` and `tags` fill those fields, every other column is an attribute. A file
 * that cannot be read as a whole is refused before anything is imported; a row whose cells are wrong becomes
 * an invalid row at its line.
 */
export function readContactsCsv(file: Buffer): ImportRow[] {
  const table = readCsvTable(file, OPTIONS);
  const columns = csvColumns(table.header, ['name', 'tags'], OPTIONS);
  return table.rows.map(({ line, cells }) =>
    cells.length > columns.length
      ? { line, values: {}, problem: { code: 'row_invalid', reason: extraCellsReason(cells.length, columns.length) } }
      : { line, values: valuesOf(columns, cells) },
  );
}

function valuesOf(columns: CsvColumn<'name' | 'tags'>[], cells: string[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const attributes: Record<string, string> = {};
  columns.forEach((column, index) => {
    const cell = cells[index] ?? '';
    // An empty cell says nothing: it leaves the contact's value as it is.
    if (cell === '') return;
    if (column.field === 'other') attributes[column.name] = cell;
    else if (column.field === 'tags') values.tags = cell.split(TAG_SEPARATOR).map((tag) => tag.trim()).filter((tag) => tag !== '');
    else values[column.field] = cell;
  });
  if (Object.keys(attributes).length > 0) values.attributes = attributes;
  return values;
}
