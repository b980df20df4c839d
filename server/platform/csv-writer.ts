/**
 * The one way Parley writes CSV: RFC 4180 quoting, and no cell a spreadsheet would run as a formula.
 *
 * A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is a formula (or becomes one) when the
 * file is opened in Excel, LibreOffice or Google Sheets, so a recipient written as `=HYPERLINK(...)` would run on
 * the account owner's machine. Following OWASP's CSV injection guidance, such a cell gets a single quote in front
 * and is quoted: the spreadsheet shows the text, and the quote tells a reader it was neutralised. The rule holds
 * for every cell, whatever its column, so no writer has to know which of its values a client supplied.
 *
 * One exception: a cell that is exactly `+` and digits (an E.164 phone number, the commonest value in Parley's
 * files) is left as it is. It is a number to every spreadsheet, never a formula (no function, no reference, no
 * operator after the sign), and a quote in front would break the number for whoever imports the file again.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PHONE_NUMBER = /^\+\d+$/;

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = value instanceof Date ? value.toISOString() : String(value);
  const formula = FORMULA_START.test(text) && !PHONE_NUMBER.test(text);
  if (formula) text = `'${text}`;
  return formula || /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, without its line break: CSV files Parley writes end every record with CRLF (RFC 4180). */
export function csvRecord(values: readonly unknown[]): string {
  return values.map(csvCell).join(',');
}
