// CSV per RFC 4180, made safe to open in a spreadsheet. Pure: used by the export route and its tests.

export type CsvValue = string | number | boolean | null | undefined;

/** Excel reads a file without a byte order mark as the local code page and mangles "Müller". */
export const CSV_BOM = '\uFEFF';

// A cell starting with one of these is a formula to Excel, LibreOffice and Google Sheets
// (tab and CR are how "=1+1" hides behind whitespace): OWASP's CSV injection advice.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: formula-looking text gets a leading `'`, then quotes are added where RFC 4180 needs them. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, CRLF-terminated as RFC 4180 asks. */
export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
