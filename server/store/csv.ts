/** CSV (RFC 4180) for admins' spreadsheets, safe against formula injection. */

export type CsvValue = string | number | boolean | null | undefined;

// A spreadsheet runs a cell beginning with these as a formula (OWASP "CSV injection"); the tab and
// carriage return variants slip past naive checks in some apps.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: text that would start a formula gets a leading `'`; quoted when it must be. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A whole file: CRLF line ends, and a UTF-8 byte order mark so that Excel reads Indonesian and
 * other non-ASCII text as UTF-8 rather than the machine's legacy code page.
 */
export function toCsv(header: string[], rows: CsvValue[][]): string {
  const lines = [header, ...rows].map((r) => r.map(csvCell).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
