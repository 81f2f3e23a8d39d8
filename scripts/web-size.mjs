#!/usr/bin/env node
// `npm run web:size`: the JavaScript a visitor of the public directory (the console's
// first page) downloads, gzipped: the entry chunk, everything it imports, the directory
// page's own chunk and its imports, and the English catalogue. Read from the build's
// manifest (apps/web/dist/.vite/manifest.json), so it counts what the browser is sent.
// Fails above the budget of issue #15 (250 KB).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 250;
const dist = path.resolve(import.meta.dirname, '../apps/web/dist');
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
const FIRST_PAGE = ['index.html', 'src/pages/directory/directory-page.tsx', 'src/i18n/messages/en.json'];

/** A chunk and every chunk it imports statically (what the browser fetches before running it). */
function collect(key, into) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`no ${key} in the manifest: was the console built (npm run build:web)?`);
  if (into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const imported of chunk.imports ?? []) collect(imported, into);
  return into;
}

const files = new Set();
for (const key of FIRST_PAGE) collect(key, files);
const rows = [...files]
  .filter((file) => file.endsWith('.js'))
  .map((file) => {
    const bytes = readFileSync(path.join(dist, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  })
  .sort((a, b) => b.gzip - a.gzip);
const kb = (bytes) => (bytes / 1024).toFixed(1);
for (const row of rows) console.log(`${kb(row.gzip).padStart(8)} KB gzip  ${kb(row.raw).padStart(8)} KB  ${row.file}`);
const total = rows.reduce((sum, row) => sum + row.gzip, 0);
console.log(`web-size: the directory page loads ${kb(total)} KB of JavaScript (gzip) in ${rows.length} files; budget ${BUDGET_KB} KB`);
if (total > BUDGET_KB * 1024) {
  console.error(`web-size: over budget by ${kb(total - BUDGET_KB * 1024)} KB`);
  process.exit(1);
}
