/**
 * The separator of a CSV file's header line: the most frequent of `,` `;` and tab outside
 * quotes (a comma on a tie). Spreadsheets in many locales save with `;`. One rule for the
 * import (which reads the file) and the console (which shows its header to map columns),
 * so both see the same columns.
 */
export function detectCsvDelimiter(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char in counts) counts[char as keyof typeof counts]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}
