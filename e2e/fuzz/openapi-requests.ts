import fc from 'fast-check';
import { madeUpCursor, mutatedCursors } from './cursors';
import type { RawRequest } from './http';
import { percentEncode } from './http';
import { conforms, resolve, textConforms, type Components, type JsonSchema } from './json-schema';
import { SchemaArbitraries, type Mutation, type SampleIds } from './schema-arbitraries';

// Each operation of the OpenAPI document, and requests for it: valid-ish ones and ones
// with one thing broken (a path parameter, a query parameter, the body, or the HTTP
// envelope: content type, malformed JSON, over-long URL or header, ...).

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: JsonSchema;
}

interface OpenApiOperation {
  operationId: string;
  security?: unknown[];
  'x-roles'?: string[];
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Components };
}

export interface Operation {
  operationId: string;
  method: string;
  /** OpenAPI form: `/v1/accounts/{accountId}`. */
  path: string;
  roles: string[];
  /** The document asks for a bearer token (a non-empty `security`). */
  requiresAuth: boolean;
  pathParams: Parameter[];
  queryParams: Parameter[];
  body?: { contentType: string; schema: JsonSchema };
  /** Methods declared on the same path (to send one that is not). */
  siblingMethods: string[];
}

/** One generated request, described for the failure report. */
export interface FuzzRequest {
  raw: RawRequest;
  /** What was broken, e.g. `query.limit: "0x10"`; empty for a valid-ish request. */
  notes: string[];
  /** Surely invalid (by the schemas and the text rule): every allowed caller must get the same answer. */
  invalid: boolean;
  /** The request went to another route than the operation (another method or path), so the role checks don't apply. */
  offRoute: boolean;
}

export function operationsOf(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    const methods = Object.keys(item).map((method) => method.toUpperCase());
    for (const [method, operation] of Object.entries(item)) {
      const parameters = operation.parameters ?? [];
      const [contentType, media] = Object.entries(operation.requestBody?.content ?? {})[0] ?? [];
      operations.push({
        operationId: operation.operationId,
        method: method.toUpperCase(),
        path,
        roles: operation['x-roles'] ?? [],
        requiresAuth: (operation.security ?? []).length > 0,
        pathParams: parameters.filter((p) => p.in === 'path'),
        queryParams: parameters.filter((p) => p.in === 'query'),
        body: contentType && media ? { contentType, schema: media.schema } : undefined,
        siblingMethods: methods,
      });
    }
  }
  return operations;
}

type Part = { text: Record<string, string>; raw?: Record<string, string>; note?: string };

export class RequestGenerator {
  private readonly schemas: SchemaArbitraries;

  constructor(
    private readonly components: Components,
    samples: SampleIds,
    /** A real `nextCursor` of each list operation that had a second page, by operationId. */
    private readonly realCursors: ReadonlyMap<string, string> = new Map(),
  ) {
    this.schemas = new SchemaArbitraries(components, samples);
  }

  /** Requests for `operation`: mostly one broken part, sometimes none. */
  requests(operation: Operation): fc.Arbitrary<FuzzRequest> {
    const params = this.validParams(operation);
    const query = this.validQuery(operation);
    const body = operation.body ? this.validBody(operation) : fc.constant(undefined);
    const valid = fc.record({ params, query, body });
    const choices: Array<fc.WeightedArbitrary<FuzzRequest>> = [
      { weight: 2, arbitrary: valid.map((parts) => this.assemble(operation, parts)) },
      { weight: 1, arbitrary: fc.tuple(valid, this.envelope(operation)).map(([parts, twist]) => twist(this.assemble(operation, parts))) },
    ];
    if (operation.pathParams.length) {
      choices.push({ weight: 2, arbitrary: fc.record({ params: this.invalidParams(operation), query, body }).map((parts) => this.assemble(operation, parts)) });
    }
    if (operation.queryParams.length) {
      choices.push({ weight: 3, arbitrary: fc.record({ params, query: this.invalidQuery(operation), body }).map((parts) => this.assemble(operation, parts)) });
    }
    if (operation.queryParams.some((p) => p.name === 'cursor')) {
      // A valid request but for a hostile cursor: the cursor's keys reach the query.
      const real = mutatedCursors(this.realCursors.get(operation.operationId) ?? '');
      const cursor = real.length ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...real) }, madeUpCursor) : madeUpCursor;
      const hostile = fc.tuple(valid, cursor).map(([parts, value]) => {
        const request = this.assemble(operation, { ...parts, query: { text: { ...parts.query.text, cursor: value } } });
        return { ...request, notes: [...request.notes, `query.cursor: base64url of ${JSON.stringify(Buffer.from(value, 'base64url').toString('utf8'))}`] };
      });
      choices.push({ weight: 3, arbitrary: hostile });
    }
    if (operation.body) {
      choices.push({ weight: 4, arbitrary: fc.record({ params, query, body: this.invalidBody(operation) }).map((parts) => this.assemble(operation, parts)) });
    }
    return fc.oneof(...choices);
  }

  private validParams(operation: Operation): fc.Arbitrary<Part> {
    const model = Object.fromEntries(operation.pathParams.map((p) => [p.name, this.schemas.validText(p.schema, p.name)]));
    return fc.record(model).map((text) => ({ text }));
  }

  private invalidParams(operation: Operation): fc.Arbitrary<Part> {
    return fc.constantFrom(...operation.pathParams).chain((param) =>
      fc.tuple(this.validParams(operation), this.invalidSegment(param)).map(([valid, bad]) => ({
        text: { ...valid.text, ...(bad.raw === undefined ? { [param.name]: bad.value } : {}) },
        raw: bad.raw === undefined ? undefined : { [param.name]: bad.raw },
        note: bad.note,
      })),
    );
  }

  /** A broken path segment: text to encode, or raw bytes to send as they are. */
  private invalidSegment(param: Parameter): fc.Arbitrary<{ value: string; raw?: string; note: string }> {
    const at = `params.${param.name}`;
    const raws: Array<[string, string]> = [
      ['broken percent-encoding', '%E0%A4%A'],
      ['a lone percent sign', '%'],
      ['percent with non-hex', '%zz'],
      ['encoded lone surrogate', '%ED%A0%80'],
      ['overlong UTF-8', '%C0%AE%C0%AE'],
      ['encoded NUL', 'a%00b'],
      ['encoded slash', '..%2F..%2Fetc'],
      ['1001 characters', 'a'.repeat(1_001)],
      ['5000 encoded characters', '%41'.repeat(5_000)],
    ];
    return fc.oneof(
      { weight: 1, arbitrary: fc.constantFrom(...raws).map(([what, raw]) => ({ value: raw, raw, note: `${at}: ${what}` })) },
      { weight: 2, arbitrary: this.schemas.invalidText(param.schema, at).map((m) => ({ value: String(m.value), note: m.note })) },
    );
  }

  /** Each optional parameter half of the time; a cursor only now and then, and only one the server gave out. */
  private validQuery(operation: Operation): fc.Arbitrary<Part> {
    const real = this.realCursors.get(operation.operationId);
    const model = Object.fromEntries(
      operation.queryParams.map((p): [string, fc.Arbitrary<string | undefined>] => {
        if (p.name === 'cursor') return [p.name, fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, fc.constant(real))];
        const value = this.schemas.validText(p.schema, p.name);
        return [p.name, p.required ? value : fc.option(value, { nil: undefined, freq: 2 })];
      }),
    );
    return fc.record(model).map((values) => ({
      text: Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined)),
    }));
  }

  private invalidQuery(operation: Operation): fc.Arbitrary<Part> {
    const oneBadValue = fc
      .constantFrom(...operation.queryParams)
      .chain((param) =>
        fc.tuple(this.validQuery(operation), fc.constant(param.name), this.schemas.invalidText(param.schema, `query.${param.name}`)),
      )
      .map(([valid, name, bad]): Part => ({ text: { ...valid.text, [name]: String(bad.value) }, note: bad.note }));
    const sameNameTwice = fc
      .tuple(this.validQuery(operation), fc.constantFrom(...operation.queryParams))
      .map(([valid, param]): Part => ({ text: valid.text, raw: { [param.name]: '1&' + `${param.name}=2` }, note: `query.${param.name}: given twice` }));
    const unknown = this.validQuery(operation).map((valid): Part => ({ text: { ...valid.text, notAParameter: '1' }, note: 'query: unknown parameter' }));
    const brokenEncoding = this.validQuery(operation).chain((valid) =>
      fc.constantFrom(...operation.queryParams).map((param): Part => ({ text: valid.text, raw: { [param.name]: '%E0%A4%A' }, note: `query.${param.name}: broken percent-encoding` })),
    );
    return fc.oneof({ weight: 6, arbitrary: oneBadValue }, sameNameTwice, unknown, brokenEncoding);
  }

  private validBody(operation: Operation): fc.Arbitrary<{ value: unknown; note?: string }> {
    if (!operation.body) return fc.constant({ value: undefined });
    const { schema, contentType } = operation.body;
    if (contentType === 'text/csv') return csv().map((value) => ({ value }));
    return this.schemas.valid(schema).map((value) => ({ value }));
  }

  private invalidBody(operation: Operation): fc.Arbitrary<{ value: unknown; note?: string }> {
    if (!operation.body) return fc.constant({ value: undefined });
    const { schema, contentType } = operation.body;
    if (contentType === 'text/csv') {
      return fc.constantFrom<Array<[string, string]>>(['empty CSV', ''], ['NUL in CSV', 'a,b\n\u0000,c\n'], ['lone surrogate in CSV', 'a\n\ud800\n']).map(
        ([note, value]) => ({ value, note: `body: ${note}` }),
      );
    }
    const notAnObject = fc.constantFrom<unknown[]>(null, [], 'text', 42, [{}]).map((value) => ({ value, note: `body: ${JSON.stringify(value)}` }));
    return fc.oneof({ weight: 6, arbitrary: this.schemas.invalid(schema, 'body') as fc.Arbitrary<Mutation> }, notAnObject);
  }

  /** Twists of the HTTP envelope around an otherwise valid-ish request. */
  private envelope(operation: Operation): fc.Arbitrary<(request: FuzzRequest) => FuzzRequest> {
    type Twist = [string, (raw: RawRequest) => RawRequest, { invalid?: boolean; offRoute?: boolean }?];
    const json = (body: string, contentType = 'application/json') => (raw: RawRequest) => ({ ...raw, headers: { ...raw.headers, 'content-type': contentType }, body });
    const refused = { invalid: true };
    const bodyTwists: Twist[] = [
      ['malformed JSON', json('{"a": '), refused],
      ['empty JSON body', json(''), refused],
      ['text/plain body', json('hello', 'text/plain'), refused],
      ['XML body', json('<a/>', 'application/xml'), refused],
      ['form body', json('a=1', 'application/x-www-form-urlencoded'), refused],
      ['multipart body', json('--x--', 'multipart/form-data; boundary=x'), refused],
      ['JSON said to be UTF-16', json('{}', 'application/json; charset=utf-16')],
      ['__proto__ key', json('{"__proto__": {"isAdmin": true}}'), refused],
      ['constructor.prototype key', json('{"constructor": {"prototype": {"isAdmin": true}}}'), refused],
      ['JSON nested 5000 deep', json('['.repeat(5_000) + ']'.repeat(5_000)), refused],
      ['body over 1 MiB', json(`{"a":"${'x'.repeat(1_100_000)}"}`), refused],
    ];
    const twists: Twist[] = [
      ['header over 16 KiB', (raw) => ({ ...raw, headers: { ...raw.headers, 'x-padding': 'a'.repeat(17_000) } }), refused],
      ['URL over 16 KiB', (raw) => ({ ...raw, target: `${raw.target}${raw.target.includes('?') ? '&' : '?'}pad=${'a'.repeat(17_000)}` }), refused],
      ['odd x-request-id', (raw) => ({ ...raw, headers: { ...raw.headers, 'x-request-id': '../<x>"\'; %00'.repeat(30) } })],
      ['accept: application/xml', (raw) => ({ ...raw, headers: { ...raw.headers, accept: 'application/xml' } })],
      ['broken percent-encoding after the path', (raw) => ({ ...raw, target: raw.target.replace(/(\?|$)/, '%E0%A4%A$1') }), { offRoute: true }],
      ['trailing slash', (raw) => ({ ...raw, target: raw.target.replace(/(\?|$)/, '/$1') }), { offRoute: true }],
      // A body where none is taken is refused too; GET bodies are not read at all.
      ...(operation.method !== 'GET' ? bodyTwists : []),
    ];
    const otherMethod = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].find((method) => !operation.siblingMethods.includes(method));
    if (otherMethod) twists.push([`method ${otherMethod}`, (raw) => ({ ...raw, method: otherMethod }), { offRoute: true }]);
    return fc.constantFrom(...twists).map(([note, twist, options]) => (request: FuzzRequest) => ({
      raw: twist(request.raw),
      notes: [...request.notes, `http: ${note}`],
      invalid: request.invalid || Boolean(options?.invalid),
      offRoute: options?.offRoute ?? false,
    }));
  }

  private assemble(operation: Operation, parts: { params: Part; query: Part; body: { value: unknown; note?: string } | undefined }): FuzzRequest {
    const { params, query, body } = parts;
    const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => params.raw?.[name] ?? percentEncode(params.text[name] ?? ''));
    const pairs = Object.entries(query.text)
      .filter(([name]) => !query.raw?.[name])
      .map(([name, value]) => `${percentEncode(name)}=${percentEncode(value)}`);
    for (const [name, raw] of Object.entries(query.raw ?? {})) pairs.push(`${name}=${raw}`);
    const target = pairs.length ? `${path}?${pairs.join('&')}` : path;
    const headers: Record<string, string> = {};
    let payload: string | undefined;
    if (operation.body && body) {
      headers['content-type'] = operation.body.contentType;
      payload = typeof body.value === 'string' && operation.body.contentType !== 'application/json' ? body.value : JSON.stringify(body.value);
    }
    const notes = [params.note, query.note, body?.note].filter((note): note is string => Boolean(note));
    return { raw: { method: operation.method, target, headers, body: payload }, notes, invalid: this.isInvalid(operation, parts), offRoute: false };
  }

  /** Surely refused: a path or query value, or the body, breaks its schema or the text rule. */
  private isInvalid(operation: Operation, parts: { params: Part; query: Part; body: { value: unknown } | undefined }): boolean {
    if (Object.keys(parts.params.raw ?? {}).length || Object.keys(parts.query.raw ?? {}).length) return true;
    for (const param of operation.pathParams) {
      if (!textConforms(param.schema, parts.params.text[param.name] ?? '', this.components)) return true;
    }
    const declared = new Set(operation.queryParams.map((p) => p.name));
    for (const [name, value] of Object.entries(parts.query.text)) {
      const param = operation.queryParams.find((p) => p.name === name);
      if (!declared.has(name) || (param && !textConforms(param.schema, value, this.components))) return true;
    }
    if (!operation.body || !parts.body) return false;
    if (operation.body.contentType === 'text/csv') return parts.body.value === '';
    return !conforms(resolve(operation.body.schema, this.components), parts.body.value, this.components);
  }
}

/** A small CSV of the bulk import's shape: heavy work stays small. */
function csv(): fc.Arbitrary<string> {
  const cell = fc.string({ unit: 'grapheme-ascii', maxLength: 12 }).map((value) => value.replace(/[",\n\r]/g, ''));
  const row = fc.array(cell, { minLength: 2, maxLength: 6 }).map((cells) => cells.join(','));
  return fc.array(row, { minLength: 1, maxLength: 3 }).map((rows) => ['city1,country1,city2,country2', ...rows].join('\n'));
}
