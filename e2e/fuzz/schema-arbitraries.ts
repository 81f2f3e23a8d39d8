import fc from 'fast-check';
import { compilePattern, resolve, typesOf, type Components, type JsonSchema } from './json-schema';

// JSON Schema → fast-check. `valid` gives values meant to pass the schema (valid-ish: a
// pattern or format is approximated); `invalid` gives one mutation at a time (a wrong type,
// a missing or unknown field, a bound crossed, hostile text) together with where it is.
// Whether a mutation really breaks the schema is decided afterwards by json-schema.ts.

export interface Mutation {
  value: unknown;
  /** Where and what, e.g. `body.contacts.0.name: NUL`. */
  note: string;
}

/** Real ids of existing resources, by field or parameter name, mixed into valid values. */
export type SampleIds = Record<string, readonly string[]>;

/** Text a person could type: ASCII, accents (composed and decomposed), other scripts, emoji. */
const HUMAN_TEXT = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'Zürich',
      'Zu\u0308rich', // NFD: u + combining diaeresis
      'São Paulo',
      'Sa\u0303o Paulo',
      'Москва',
      '東京',
      'القاهرة',
      'Nguyễn',
      '👩‍👩‍👧 family',
      '🇫🇷',
      'Ωmega',
      'tab\there',
      'line\nbreak',
    ),
  },
);

/** Text that must be refused or stored harmlessly, each with a short name for the report. */
const HOSTILE_TEXT: ReadonlyArray<[string, string]> = [
  ['NUL', 'abc\u0000def'],
  ['only NUL', '\u0000'],
  ['C0 control', 'bell\u0007'],
  ['escape sequence', '\u001b[31mred'],
  ['vertical tab', 'a\u000bb'],
  ['lone high surrogate', 'ab\ud800cd'],
  ['lone low surrogate', '\udc00'],
  ['reversed surrogates', '\udc00\ud800'],
  ['DEL', 'a\u007fb'],
  ['BOM', '\ufeffname'],
  ['right-to-left override', 'abc\u202Etxt.exe'],
  ['zero-width joiner only', '\u200d'],
  ['non-character', '\uffff'],
  ['whitespace only', '   '],
  ['SQL quote', "' OR '1'='1"],
  ['SQL comment', 'x"; DROP TABLE accounts; --'],
  ['percent escape', '%00%ff'],
  ['path traversal', '../../etc/passwd'],
  ['template', '${7*7}{{7*7}}'],
  ['markup', '<script>alert(1)</script>'],
  ['backslashes', '\\\\\\u0000'],
  ['NFD', 'Cafe\u0301'],
  ['emoji', '🧨💥'.repeat(3)],
];

/** Numbers written as query-string text the way lenient parsers read them. */
const NUMERIC_TEXT: readonly string[] = ['0x10', '0x1F', '1e2', '', ' 1', '1 ', '1.5', '+1', '-1', 'NaN', 'Infinity', '１', '0b11', '1_000', '99999999999999999999999', '-0', '00'];

export class SchemaArbitraries {
  constructor(
    private readonly components: Components,
    private readonly samples: SampleIds = {},
  ) {}

  /** Values meant to conform to `schema`; `name` is the field's name (for sample ids). */
  valid(schema: JsonSchema, name = '', depth = 0): fc.Arbitrary<unknown> {
    const s = resolve(schema, this.components);
    const generated = this.generate(s, name, depth);
    const samples = this.samples[name];
    if (!samples?.length || !typesOf(s).includes('string')) return generated;
    return fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...samples) }, { weight: 3, arbitrary: generated });
  }

  private generate(s: JsonSchema, name: string, depth: number): fc.Arbitrary<unknown> {
    // A field's name says more than its schema about some strings (`url` is a plain string).
    if (typesOf(s).includes('string') && /^(url|website)$/.test(name) && !s.enum) return webUrl().filter((url) => url.length <= (s.maxLength ?? 2000));
    if (s.enum?.length) return fc.constantFrom(...s.enum);
    if ('const' in s) return fc.constant(s.const);
    const branches = s.anyOf ?? s.oneOf;
    if (branches) return fc.oneof(...branches.map((branch) => this.valid(branch, name, depth)));
    const types = typesOf(s);
    if (types.length > 1) return fc.oneof(...types.map((type) => this.generate({ ...s, type }, name, depth)));
    switch (types[0]) {
      case 'string':
        return this.validString(s);
      case 'integer':
        return this.validInteger(s);
      case 'number':
        return fc.double({ min: s.minimum ?? -1e6, max: s.maximum ?? 1e6, noNaN: true, noDefaultInfinity: true });
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'array': {
        const items = fc.array(s.items ? this.valid(s.items, name, depth + 1) : fc.jsonValue({ maxDepth: 1 }), {
          minLength: s.minItems ?? 0,
          maxLength: Math.min(s.maxItems ?? 3, Math.max(s.minItems ?? 0, 3)),
        });
        if ((s.maxItems ?? 2) < 2) return items;
        // The same item twice: JSON Schema allows it unless `uniqueItems`, a unique index may not.
        const twice = items.filter((list) => list.length > 0 && list.length < (s.maxItems ?? 3)).map((list) => [...list, list[0]]);
        return fc.oneof({ weight: 3, arbitrary: items }, { weight: 1, arbitrary: twice });
      }
      case 'object':
        return this.validObject(s, depth);
      default:
        return fc.jsonValue({ maxDepth: 2 });
    }
  }

  private validString(s: JsonSchema): fc.Arbitrary<string> {
    const min = s.minLength ?? 0;
    const max = s.maxLength ?? 200;
    const fits = (value: string) => value.length >= min && [...value].length <= max;
    switch (s.format) {
      case 'uuid':
        return fc.uuid();
      case 'date':
        return isoDate().map((date) => date.slice(0, 10));
      case 'date-time':
        return isoDate();
      case 'email':
        return fc.stringMatching(/^[a-z][a-z0-9]{0,10}(\.[a-z0-9]{1,6})?@[a-z]{2,10}\.(org|test|example)$/).filter(fits);
      case 'uri':
        return webUrl().filter(fits);
    }
    if (s.pattern) {
      const pattern = compilePattern(s.pattern);
      // Patterns anchored at both ends only: an unanchored one would be padded with anything.
      return fc.stringMatching(pattern, { size: 'small' }).filter((value) => fits(value) && pattern.test(value));
    }
    return HUMAN_TEXT.map((value) => (value.length < min ? value.padEnd(min, 'x') : value)).filter(fits);
  }

  private validInteger(s: JsonSchema): fc.Arbitrary<number> {
    // fc.integer takes 32-bit bounds; schemas say ±2^53 when zod was given no range.
    const min = Math.max(s.minimum ?? -1_000_000, -2_147_483_648, (s.exclusiveMinimum ?? -Infinity) + 1);
    const max = Math.min(s.maximum ?? 1_000_000, 2_147_483_647, (s.exclusiveMaximum ?? Infinity) - 1);
    // The schema's own bounds, and the edges of 32-bit and 53-bit integers when it allows them.
    const lowest = Math.max(s.minimum ?? -Number.MAX_SAFE_INTEGER, (s.exclusiveMinimum ?? -Infinity) + 1);
    const highest = Math.min(s.maximum ?? Number.MAX_SAFE_INTEGER, (s.exclusiveMaximum ?? Infinity) - 1);
    const edges = [lowest, highest, 0, -1, 2_147_483_647, 2_147_483_648, -2_147_483_649, Number.MAX_SAFE_INTEGER].filter(
      (n) => n >= lowest && n <= highest,
    );
    return fc.oneof({ weight: 4, arbitrary: fc.integer({ min, max }) }, { weight: 1, arbitrary: fc.constantFrom(...edges) });
  }

  private validObject(s: JsonSchema, depth: number): fc.Arbitrary<Record<string, unknown>> {
    const properties = s.properties ?? {};
    const model = Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, this.valid(value, key, depth + 1)]));
    return fc.record(model, { requiredKeys: (s.required ?? []).filter((key) => key in properties) });
  }

  /** One mutation of a value of `schema`, at `at` (e.g. `body`, `body.contacts.0.name`). */
  invalid(schema: JsonSchema, at: string, depth = 0): fc.Arbitrary<Mutation> {
    const s = resolve(schema, this.components);
    const mutations: Array<fc.Arbitrary<Mutation>> = [wrongType(s, at)];
    const branches = s.anyOf ?? s.oneOf;
    if (branches) {
      // Mutate a branch that is not `null`: a string field that may also be null, say.
      for (const branch of branches) if (!typesOf(resolve(branch, this.components)).includes('null')) mutations.push(this.invalid(branch, at, depth));
    }
    const types = typesOf(s);
    if (s.enum?.length) {
      mutations.push(fc.constantFrom(...['', 'UNKNOWN', String(s.enum[0]).toUpperCase(), `${String(s.enum[0])} `]).map((value) => ({ value, note: `${at}: not one of the enum` })));
    }
    if (types.includes('string')) mutations.push(...this.invalidStrings(s, at));
    if (types.includes('integer') || types.includes('number')) mutations.push(invalidNumbers(s, at, types.includes('integer')));
    if (types.includes('array')) mutations.push(...this.invalidArrays(s, at, depth));
    if (types.includes('object') && depth < 6) mutations.push(...this.invalidObjects(s, at, depth));
    return fc.oneof(...mutations);
  }

  private invalidStrings(s: JsonSchema, at: string): Array<fc.Arbitrary<Mutation>> {
    const out: Array<fc.Arbitrary<Mutation>> = [
      fc.constantFrom(...HOSTILE_TEXT).map(([what, value]) => ({ value, note: `${at}: ${what}` })),
      // Hostile text inside an otherwise valid value (a NUL in the middle of an email, say).
      fc
        .tuple(this.validString(s), fc.constantFrom('\u0000', '\ud800', '\u0001', '\udfff'), fc.nat())
        .map(([value, bad, at2]) => {
          const cut = value.length ? at2 % value.length : 0;
          return { value: value.slice(0, cut) + bad + value.slice(cut), note: `${at}: ${JSON.stringify(bad)} inside a valid value` };
        }),
    ];
    const max = s.maxLength ?? 10_000;
    out.push(fc.constantFrom(max + 1, Math.max(max * 4, 5_000), 200_000).map((n) => ({ value: 'x'.repeat(n), note: `${at}: ${n} characters` })));
    if ((s.minLength ?? 0) > 0) out.push(fc.constant({ value: '', note: `${at}: empty` }));
    if (s.pattern || s.format) {
      out.push(fc.string({ maxLength: 20 }).map((value) => ({ value, note: `${at}: does not match ${s.format ?? 'the pattern'}` })));
    }
    return out;
  }

  private invalidArrays(s: JsonSchema, at: string, depth: number): Array<fc.Arbitrary<Mutation>> {
    const item = s.items ? this.valid(s.items, '', depth + 1) : fc.constant('x');
    const out: Array<fc.Arbitrary<Mutation>> = [];
    if (s.maxItems !== undefined) {
      const tooMany = s.maxItems + 1;
      out.push(item.map((value) => ({ value: Array.from({ length: tooMany }, () => value), note: `${at}: ${tooMany} items` })));
    }
    if ((s.minItems ?? 0) > 0) out.push(fc.constant({ value: [], note: `${at}: no items` }));
    if (s.items && depth < 6) {
      out.push(
        fc
          .tuple(fc.array(item, { maxLength: 2 }), this.invalid(s.items, `${at}.?`, depth + 1))
          .map(([others, bad]) => ({ value: [...others, bad.value], note: bad.note.replace(`${at}.?`, `${at}.${others.length}`) })),
      );
    }
    return out;
  }

  private invalidObjects(s: JsonSchema, at: string, depth: number): Array<fc.Arbitrary<Mutation>> {
    const schemas = s.properties ?? {};
    const properties = Object.keys(schemas);
    const base = this.validObject(s, depth);
    const out: Array<fc.Arbitrary<Mutation>> = [
      fc
        .tuple(base, fc.constantFrom('unknownField', 'isAdmin', '__proto__', 'constructor', ''), fc.jsonValue({ maxDepth: 1 }))
        .map(([value, key, extra]) => ({ value: withKey(value, key, extra), note: `${at}: unknown field ${JSON.stringify(key)}` })),
    ];
    if (s.required?.length) {
      out.push(
        fc.tuple(base, fc.constantFrom(...s.required)).map(([value, key]) => {
          const copy = { ...value };
          delete copy[key];
          return { value: copy, note: `${at}.${key}: missing` };
        }),
      );
    }
    if (properties.length) {
      out.push(
        fc
          .constantFrom(...properties)
          .chain((key) => fc.tuple(base, fc.constant(key), this.invalid(schemas[key] ?? {}, `${at}.${key}`, depth + 1)))
          .map(([value, key, bad]) => ({ value: withKey(value, key, bad.value), note: bad.note })),
      );
    }
    return out;
  }

  /** A query-string or path value meant to conform, as text. */
  validText(schema: JsonSchema, name: string): fc.Arbitrary<string> {
    return this.valid(schema, name).map((value) => (typeof value === 'string' ? value : JSON.stringify(value)));
  }

  /** A query-string or path value that should be refused, as text. */
  invalidText(schema: JsonSchema, at: string): fc.Arbitrary<Mutation> {
    const s = resolve(schema, this.components);
    const types = typesOf(s.anyOf?.[0] ? resolve(s.anyOf[0], this.components) : s);
    const text = this.invalid(s, at).map((mutation) => ({
      value: typeof mutation.value === 'string' ? mutation.value : JSON.stringify(mutation.value),
      note: mutation.note,
    }));
    if (!types.includes('integer') && !types.includes('number') && !types.includes('boolean')) return text;
    return fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom(...NUMERIC_TEXT, 'yes', 'TRUE', '1').map((value) => ({ value, note: `${at}: ${JSON.stringify(value)}` })) },
      { weight: 1, arbitrary: text },
    );
  }
}

function withKey(value: Record<string, unknown>, key: string, extra: unknown): Record<string, unknown> {
  // defineProperty, so that `__proto__` becomes an own key that JSON.stringify writes out.
  const copy = { ...value };
  Object.defineProperty(copy, key, { value: extra, enumerable: true, configurable: true, writable: true });
  return copy;
}

/** HTTPS URLs on a reserved domain (RFC 2606), so a webhook made by the fuzzer calls nobody. */
function webUrl(): fc.Arbitrary<string> {
  return fc
    .tuple(fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/), fc.webPath(), fc.option(fc.webQueryParameters(), { nil: undefined }))
    .map(([host, path, query]) => `https://${host}.example${path}${query ? `?${query}` : ''}`);
}

/** Instants in ISO form: mostly of our era, sometimes at the ends the pattern allows (year 0000 or 9999). */
function isoDate(): fc.Arbitrary<string> {
  const ordinary = fc
    .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
    .map((date) => date.toISOString());
  const edges = fc.constantFrom('0000-01-01T00:00:00.000Z', '0000-02-29T12:00:00Z', '0001-01-01T00:00:00Z', '9999-12-31T23:59:59.999Z', '1970-01-01T00:00:00+23:59');
  return fc.oneof({ weight: 5, arbitrary: ordinary }, { weight: 1, arbitrary: edges });
}

/** A value of another JSON type than the schema allows. */
function wrongType(s: JsonSchema, at: string): fc.Arbitrary<Mutation> {
  const types = typesOf(s);
  const candidates: Array<[string, unknown]> = [
    ['string', 'text'],
    ['integer', 7],
    ['number', 1.5],
    ['boolean', true],
    ['null', null],
    ['array', []],
    ['object', {}],
  ];
  const wrong = candidates.filter(([type, value]) => {
    if (types.includes(type)) return false;
    if (type === 'integer' && types.includes('number')) return false;
    return !(types.includes('number') && typeof value === 'number');
  });
  return fc.constantFrom(...(wrong.length ? wrong : candidates)).map(([type, value]) => ({ value, note: `${at}: a ${type}` }));
}

function invalidNumbers(s: JsonSchema, at: string, integer: boolean): fc.Arbitrary<Mutation> {
  const values: number[] = [Number.MAX_SAFE_INTEGER + 2, -1e308, 1e308];
  if (s.minimum !== undefined) values.push(s.minimum - 1);
  if (s.maximum !== undefined) values.push(s.maximum + 1);
  if (integer) values.push(1.5, (s.minimum ?? 0) + 0.5);
  return fc.constantFrom(...values).map((value) => ({ value, note: `${at}: ${value}` }));
}
