// The part of JSON Schema 2020-12 the gateway's OpenAPI document uses (zod-openapi's
// output), and a small validator for it. The validator is what tells the fuzzer whether a
// generated input is surely invalid: only then must every caller get the same answer.

export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
  description?: string;
}

export type Components = Record<string, JsonSchema>;

export function resolve(schema: JsonSchema, components: Components): JsonSchema {
  let current = schema;
  for (let hops = 0; current.$ref; hops++) {
    const name = current.$ref.replace('#/components/schemas/', '');
    const target = components[name];
    if (!target || hops > 20) throw new Error(`unresolvable $ref ${current.$ref}`);
    current = target;
  }
  return current;
}

export function typesOf(schema: JsonSchema): string[] {
  if (Array.isArray(schema.type)) return schema.type;
  return schema.type ? [schema.type] : [];
}

/**
 * The text rule the issue asks for on top of the schemas: no NUL or other C0 control
 * character (tab, line feed and carriage return aside) and no unpaired UTF-16 surrogate.
 */
export function breaksTextRule(value: string): boolean {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(value)) return true;
  return /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(value);
}

/** Does `value` (a parsed JSON value) conform to `schema`? */
export function conforms(schema: JsonSchema, value: unknown, components: Components): boolean {
  const s = resolve(schema, components);
  if (s.anyOf && !s.anyOf.some((branch) => conforms(branch, value, components))) return false;
  if (s.oneOf && s.oneOf.filter((branch) => conforms(branch, value, components)).length !== 1) return false;
  if (s.allOf && !s.allOf.every((branch) => conforms(branch, value, components))) return false;
  if (s.enum && !s.enum.some((option) => option === value)) return false;
  if ('const' in s && s.const !== value) return false;
  const types = typesOf(s);
  if (types.length && !types.some((type) => hasType(type, value))) return false;
  if (typeof value === 'string') return stringConforms(s, value);
  if (typeof value === 'number') return numberConforms(s, value);
  if (Array.isArray(value)) {
    if (s.minItems !== undefined && value.length < s.minItems) return false;
    if (s.maxItems !== undefined && value.length > s.maxItems) return false;
    const items = s.items;
    return !items || value.every((item) => conforms(items, item, components));
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if ((s.required ?? []).some((key) => !(key in record))) return false;
    return Object.entries(record).every(([key, item]) => {
      const property = s.properties?.[key];
      if (property) return conforms(property, item, components);
      if (s.additionalProperties === false) return false;
      return typeof s.additionalProperties !== 'object' || conforms(s.additionalProperties, item, components);
    });
  }
  return true;
}

function hasType(type: string, value: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    default:
      return true;
  }
}

function stringConforms(s: JsonSchema, value: string): boolean {
  if (breaksTextRule(value)) return false;
  // JSON Schema counts code points, zod UTF-16 units: a length is refused only when both count it out.
  if (s.minLength !== undefined && value.length < s.minLength) return false;
  if (s.maxLength !== undefined && [...value].length > s.maxLength) return false;
  if (s.pattern && !compilePattern(s.pattern).test(value)) return false;
  if (s.format === 'uri' && !URL.canParse(value)) return false;
  return true;
}

const patterns = new Map<string, RegExp>();

/** A schema's `pattern` as a RegExp (with the `u` flag, as JSON Schema means, when it compiles so). */
export function compilePattern(pattern: string): RegExp {
  let compiled = patterns.get(pattern);
  if (!compiled) {
    try {
      compiled = new RegExp(pattern, 'u');
    } catch {
      compiled = new RegExp(pattern);
    }
    patterns.set(pattern, compiled);
  }
  return compiled;
}

function numberConforms(s: JsonSchema, value: number): boolean {
  if (s.minimum !== undefined && value < s.minimum) return false;
  if (s.maximum !== undefined && value > s.maximum) return false;
  if (s.exclusiveMinimum !== undefined && value <= s.exclusiveMinimum) return false;
  if (s.exclusiveMaximum !== undefined && value >= s.exclusiveMaximum) return false;
  return true;
}

/**
 * Does a query-string or path value conform? Such values are text: a number must be
 * written in decimal digits only (the rule: no hex, exponent, blank or padding).
 */
export function textConforms(schema: JsonSchema, text: string, components: Components): boolean {
  const s = resolve(schema, components);
  if (s.anyOf) return s.anyOf.some((branch) => textConforms(branch, text, components));
  const types = typesOf(s);
  if (types.includes('integer')) {
    return /^-?\d{1,16}$/.test(text) && conforms({ ...s, type: 'integer' }, Number(text), components);
  }
  if (types.includes('number')) {
    return /^-?\d{1,16}(\.\d{1,16})?$/.test(text) && conforms({ ...s, type: 'number' }, Number(text), components);
  }
  if (types.includes('boolean')) return text === 'true' || text === 'false';
  return conforms(s, text, components);
}
