import fc from 'fast-check';

// List cursors are opaque strings to a client, but the server decodes them into the keys
// of a database query: a cursor is input like any other. The schemas say only "a string",
// so the fuzzer makes cursors of the shapes servers give out (base64url of a JSON array or
// of `a|b` keys, mostly ending with an id) holding what a query must never receive.

/** Keys a query must refuse before it runs: hostile text, instants and days a database cannot store, numbers beyond 32 bits. */
const HOSTILE_KEYS: readonly string[] = [
  'a\u0000b',
  'a\ud800b',
  '0000-01-01T00:00:00.000Z',
  '-200000-01-01T00:00:00Z',
  '+275760-09-13T00:00:00.000Z',
  '2024-13-45',
  '0000-00-00',
  '9999999999',
  '99999999999999999999',
  '',
];

/** Plausible keys to fill the other places of a made-up cursor with. */
const PLAIN_KEYS: readonly string[] = ['2024-05-01T10:00:00.000Z', '2024-05-01', 'true', '1000', 'Lyon'];
const SOME_ID = '0190a0b0-0000-7000-8000-000000000001';

const encode = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/** A made-up cursor: one hostile key among plausible ones, the last place usually an id. */
export const madeUpCursor: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.nat(), fc.constantFrom(...HOSTILE_KEYS), fc.constantFrom(...PLAIN_KEYS), fc.constantFrom('json', 'json', 'pipe'))
  .map(([length, at, hostile, plain, form]) => {
    const keys = Array.from({ length }, (_, i) => (i === length - 1 && length > 1 ? SOME_ID : plain));
    keys[length > 1 ? at % (length - 1) : 0] = hostile;
    return encode(form === 'json' ? JSON.stringify(keys) : keys.join('|'));
  });

/**
 * Every variant of a real cursor with one of its keys replaced by a hostile one (the shape
 * the server expects, so the keys get as far as the query); empty when it has no keys we
 * can read.
 */
export function mutatedCursors(cursor: string): string[] {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  let keys: string[] | undefined;
  let join: (keys: string[]) => string = (k) => k.join('|');
  try {
    const parsed: unknown = JSON.parse(text);
    if (Array.isArray(parsed)) {
      keys = parsed.map(String);
      join = (k) => JSON.stringify(k);
    }
  } catch {
    keys = text.includes('|') ? text.split('|') : text.includes(':') ? [text.slice(0, text.indexOf(':') + 1), text.slice(text.indexOf(':') + 1)] : undefined;
    if (keys && !text.includes('|')) join = (k) => k.join('');
  }
  if (!keys) return [];
  const variants: string[] = [];
  keys.forEach((_, index) => {
    for (const hostile of HOSTILE_KEYS) variants.push(encode(join(keys.map((key, i) => (i === index ? hostile : key)))));
  });
  return variants;
}
