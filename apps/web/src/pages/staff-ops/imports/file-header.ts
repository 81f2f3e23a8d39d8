import { detectCsvDelimiter } from '@scn/contracts/partnerships/csv-delimiter';

/** How much of the file is read for its header line (a header longer than this is cut). */
const HEADER_BYTES = 64 * 1024;

/**
 * The column names of a CSV file's header line, read in the browser as the importer reads
 * them: the encoding by its BOM, else UTF-8 when valid, else Windows-1252; the separator the
 * most frequent of `,` `;` and tab outside quotes (a comma on a tie); quoted names with `""`
 * for a quote; names trimmed. Empty names are left out.
 */
export function csvHeader(bytes: Uint8Array): string[] {
  const text = decode(bytes);
  const names: string[] = [];
  const separator = detectCsvDelimiter(text);
  let name = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        name += '"';
        i++;
      } else if (char === '"') quoted = false;
      else name += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      names.push(name.trim());
      name = '';
    } else if (char === '\n' || char === '\r') break;
    else name += char;
  }
  names.push(name.trim());
  return names.filter((column) => column !== '');
}

/** Whether the file is an .xlsx workbook (a zip): its header is read by the importer only. */
export const isWorkbook = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

/** The header of the file chosen for an import; null for a workbook (the page then takes column names typed). */
export async function readFileHeader(file: Pick<Blob, 'slice'>): Promise<string[] | null> {
  const bytes = new Uint8Array(await file.slice(0, HEADER_BYTES).arrayBuffer());
  return isWorkbook(bytes) ? null : csvHeader(bytes);
}

function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    // Streaming: a character cut at the end of what was read is not an error.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
