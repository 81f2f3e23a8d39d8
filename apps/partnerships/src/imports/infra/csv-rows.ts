import { CsvError, parse } from 'csv-parse/sync';
import { importError } from '../domain/import.errors';

/** A data row of the file: its line (the header is line 1) and its cells by column name. */
export interface CsvRow {
  rowNumber: number;
  record: Record<string, string>;
}

/** Parses a CSV file with a header line; a malformed file is refused with the line at fault. */
export function readCsvRows(bytes: Uint8Array): { header: string[]; rows: CsvRow[] } {
  let header: string[] = [];
  let parsed: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    parsed = parse(Buffer.from(bytes), {
      bom: true,
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
  return { header, rows: parsed.map(({ record, info }) => ({ rowNumber: info.lines, record })) };
}
