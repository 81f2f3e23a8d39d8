import { CsvError, parse } from 'csv-parse/sync';
import { detectCsvDelimiter } from '@scn/contracts';
import { Workbook, type CellValue } from 'exceljs';
import { importError } from '../domain/import.errors';

/** A data row of the file: its line (the header is line 1) and its cells by column name. */
export interface CsvRow {
  rowNumber: number;
  record: Record<string, string>;
}

/** The file as read: its header, its rows, and what it was (for the logs and the tests). */
export interface ImportFileContent {
  header: string[];
  rows: CsvRow[];
  format: 'csv' | 'xlsx';
  /** CSV: the text encoding found and the separator. */
  encoding?: 'utf-8' | 'utf-16' | 'windows-1252';
  delimiter?: ',' | ';' | '\t';
}

const EXPECTED =
  'expected CSV text (separated by commas, semicolons or tabs; UTF-8 with or without BOM, or Windows-1252/Latin-1) or an .xlsx workbook';

/** An .xlsx (or any Office Open XML) file is a ZIP archive: "PK\x03\x04". */
function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Reads an import file: an .xlsx workbook (its first sheet), or CSV text whose encoding
 * (UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252 — a superset of Latin-1's
 * printable characters) and separator (`,` `;` or tab, the most frequent in the header
 * line) are detected. Anything else is refused as `IMPORT.UNSUPPORTED_FILE`; a malformed
 * CSV with the line at fault.
 */
export async function readImportFile(bytes: Uint8Array): Promise<ImportFileContent> {
  if (isZip(bytes)) return readWorkbook(bytes);
  const { text, encoding } = decodeText(bytes);
  const control = firstControlCharacter(text);
  if (control !== undefined) {
    const code = control.toString(16).padStart(4, '0');
    throw importError('unsupportedFile', `The file is not a spreadsheet or CSV text (it holds the control character U+${code}): ${EXPECTED}`);
  }
  return { ...readCsvRows(text.normalize('NFC')), format: 'csv', encoding };
}

/**
 * The first character of the text that no CSV holds, if any: C0 controls but tab, line
 * feed, form feed and carriage return; DEL and C1 controls; U+FFFE/U+FFFF (binary data read
 * as text shows them — a PNG's header holds U+001A).
 */
function firstControlCharacter(text: string): number | undefined {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const allowed = code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
    if ((code < 0x20 && !allowed) || (code >= 0x7f && code <= 0x9f) || code === 0xfffe || code === 0xffff) return code;
  }
  return undefined;
}

/** The file's text: by its BOM, else UTF-8 when it is valid UTF-8, else Windows-1252. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'utf-16' | 'windows-1252' } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** Parses CSV text with a header line; a malformed file is refused with the line at fault. */
export function readCsvRows(text: string): { header: string[]; rows: CsvRow[]; delimiter: ',' | ';' | '\t' } {
  let header: string[] = [];
  const delimiter = detectCsvDelimiter(text);
  let parsed: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    parsed = parse(text, {
      bom: true,
      delimiter,
      columns: (names: string[]) => (header = names.map((name) => name.trim())),
      // A short row is reported with what it lacks rather than failing the whole file.
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    });
  } catch (error) {
    if (error instanceof CsvError) throw importError('malformedCsv', `The file is not valid CSV: ${error.message}`);
    throw error;
  }
  return { header, delimiter, rows: parsed.map(({ record, info }) => ({ rowNumber: info.lines, record })) };
}

/** The first sheet of a workbook: its first row names the columns; the row numbers are the sheet's. */
async function readWorkbook(bytes: Uint8Array): Promise<ImportFileContent> {
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (error) {
    throw importError('unsupportedFile', `The file is a ZIP archive but not an .xlsx workbook (${error instanceof Error ? error.message : String(error)}): ${EXPECTED}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw importError('unsupportedFile', `The workbook has no sheet: ${EXPECTED}`);
  let header: string[] = [];
  const rows: CsvRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      values[column - 1] = cellText(cell.value);
    });
    if (!header.length) {
      header = Array.from(values, (value) => (value ?? '').trim());
      return;
    }
    if (values.every((value) => !value?.trim())) return;
    const record: Record<string, string> = {};
    header.forEach((name, i) => {
      if (name && values[i] !== undefined) record[name] = values[i]!;
    });
    rows.push({ rowNumber, record });
  });
  return { header, rows, format: 'xlsx' };
}

/** A cell as the text a CSV would hold: numbers as written, dates as ISO dates, formulas by their result. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value).normalize('NFC');
  if ('richText' in value) return value.richText.map((part) => part.text).join('').normalize('NFC');
  if ('text' in value && typeof value.text === 'string') return value.text.normalize('NFC');
  if ('result' in value) return cellText(value.result as CellValue);
  if ('error' in value) return '';
  return '';
}
