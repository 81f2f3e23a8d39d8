import { z } from 'zod';
import type { FieldViolation } from '../rpc/rpc-error';

// Text that reaches a service from outside is checked once, at each entry (the gateway's
// input validation and the services' request/reply transport), before any schema reads
// it: PostgreSQL refuses NUL in text and Prisma refuses unpaired surrogates, so without
// this a stray character became a 500. The same rules are schema builders for fields.

/** Rule names of refused text, as they appear in a problem's `errors[].rule`. */
export const TEXT_RULES = {
  controlCharacter: 'control_character',
  unpairedSurrogate: 'unpaired_surrogate',
} as const;

// Matching control characters is the point of these two patterns.
/* eslint-disable no-control-regex */
// C0 controls other than tab, line feed and carriage return, and DEL: never text anywhere.
const FORBIDDEN_EVERYWHERE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// All C0 controls and DEL: refused in single-line text (a name, a title, a search).
const FORBIDDEN_IN_A_LINE = /[\u0000-\u001F\u007F]/;
/* eslint-enable no-control-regex */
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with a string as text, if anything (tab and line breaks allowed only when `multiline`). */
export function textViolation(value: string, multiline: boolean): FieldViolation | undefined {
  if (UNPAIRED_SURROGATE.test(value)) {
    return { field: '', rule: TEXT_RULES.unpairedSurrogate, message: 'must be valid Unicode text (it has an unpaired surrogate)' };
  }
  if ((multiline ? FORBIDDEN_EVERYWHERE : FORBIDDEN_IN_A_LINE).test(value)) {
    return {
      field: '',
      rule: TEXT_RULES.controlCharacter,
      message: multiline
        ? 'must not contain control characters other than tab and line breaks'
        : 'must not contain control characters (including tab and line breaks)',
    };
  }
  return undefined;
}

/**
 * Checks every string of a decoded request (values, not keys) and returns a copy with
 * each string in Unicode normal form C, or the violations, each naming its field
 * (`prefix.a.0.b`). Tab and line breaks pass here; single-line fields refuse them in
 * their schema (`singleLineText`).
 */
export function checkRequestText(value: unknown, prefix = ''): { value: unknown; violations: FieldViolation[] } {
  const violations: FieldViolation[] = [];
  const visit = (node: unknown, path: string, depth: number): unknown => {
    if (typeof node === 'string') {
      const violation = textViolation(node, true);
      if (!violation) return node.normalize('NFC');
      violations.push({ ...violation, field: path || '(root)' });
      return node;
    }
    // Bodies are bounded by the size limit; the depth bound keeps a pathological one cheap.
    if (node === null || typeof node !== 'object' || depth > 64) return node;
    if (Array.isArray(node)) return node.map((item, index) => visit(item, join(path, String(index)), depth + 1));
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(node)) copy[key] = visit(item, join(path, key), depth + 1);
    return copy;
  };
  const checked = visit(value, prefix, 0);
  return { value: checked, violations };
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/**
 * A single line of text (a name, a title, a search term): no control characters at all,
 * NFC, trimmed, `min`..`max` characters after trimming.
 */
export function singleLineText(options: { min?: number; max: number }) {
  return textSchema(false, options);
}

/** Text that may run over several lines (a memorandum, a reason, a message): tab and line breaks allowed. */
export function multiLineText(options: { min?: number; max: number }) {
  return textSchema(true, options);
}

function textSchema(multiline: boolean, { min = 0, max }: { min?: number; max: number }) {
  const schema = z
    .string()
    .check((ctx) => {
      const violation = textViolation(ctx.value, multiline);
      if (violation) ctx.issues.push({ code: 'custom', message: violation.message, input: ctx.value, params: { rule: violation.rule } });
    })
    .normalize('NFC')
    .trim()
    .max(max, `must be at most ${max} characters`);
  return min > 0 ? schema.min(min, min === 1 ? 'must not be empty' : `must be at least ${min} characters`) : schema;
}

/** Largest integer a PostgreSQL `integer` column holds: counters and revisions sent by clients stay below it. */
export const MAX_STORED_INTEGER = 2_147_483_647;

const DECIMAL_INTEGER = /^-?\d{1,15}$/;

/**
 * An integer that may arrive as a query-string parameter: a JSON number, or a string of
 * decimal digits (no hex, exponent, `+`, spaces or empty value, all of which plain
 * coercion would read as a number).
 */
export function queryInteger(options: { min: number; max: number; message?: string }) {
  const message = options.message ?? 'must be a whole number';
  return z.preprocess(
    (value) => (typeof value === 'string' && DECIMAL_INTEGER.test(value) ? Number(value) : value),
    z
      .int({ message: `${message} (decimal digits)` })
      .min(options.min, `must be at least ${options.min}`)
      .max(options.max, `must be at most ${options.max}`),
  )
    // A preprocess accepts a missing value as far as the OpenAPI document can tell: say it is required
    // (`.optional()` or `.default()` on top make it optional again).
    .nonoptional();
}
