import { ValidationError, violationsFromZod } from '@scn/platform';
import { checkRequestText, type FieldViolation } from '@scn/contracts';
import { z } from 'zod';
import type { RouteDeclaration, RouteInput } from './route-declaration';

const NO_FIELDS = z.object({}).strict();

/**
 * Validates a request's path, query and body against its route's schemas, all at once,
 * so the problem names every bad field (prefixed `params.`, `query.` or `body.`).
 * Parts a route does not declare must be empty: unknown fields are refused. Every string
 * is first checked as text (no NUL or other control characters, no unpaired surrogates)
 * and put in Unicode normal form C, whatever the route's schema says — except a body of
 * bytes (a Buffer: an uploaded file), which is not text: its route's schema and the service
 * reading it check it.
 */
export function validateInput(route: RouteDeclaration, raw: { params: unknown; query: unknown; body: unknown }): RouteInput {
  const violations: FieldViolation[] = [];
  const parse = (part: 'params' | 'query' | 'body', schema: z.ZodType | undefined, raw: unknown) => {
    const text = Buffer.isBuffer(raw) ? { value: raw, violations: [] } : checkRequestText(raw, part);
    if (text.violations.length) {
      violations.push(...text.violations);
      return undefined;
    }
    const value = text.value;
    if (!schema && part === 'body') {
      if (Buffer.isBuffer(value) || (value !== undefined && value !== null && !(typeof value === 'object' && Object.keys(value).length === 0))) {
        violations.push({ field: 'body', rule: 'unrecognized_keys', message: 'this route takes no body' });
      }
      return undefined;
    }
    if (part === 'body' && value === undefined) {
      violations.push({ field: 'body', rule: 'required', message: 'a JSON body is required' });
      return undefined;
    }
    const result = (schema ?? NO_FIELDS).safeParse(value ?? {});
    if (result.success) return result.data;
    violations.push(...violationsFromZod(result.error).map((v) => ({ ...v, field: `${part}.${v.field === '(root)' ? '' : v.field}`.replace(/\.$/, '') })));
    return undefined;
  };
  const input = {
    params: parse('params', route.params, raw.params),
    query: parse('query', route.query, raw.query),
    body: parse('body', route.body, raw.body),
  };
  if (violations.length) throw new ValidationError(violations);
  return input as RouteInput;
}
