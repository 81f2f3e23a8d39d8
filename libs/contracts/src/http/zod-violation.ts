import type { z } from 'zod';
import type { FieldViolation, ViolationParams } from '../rpc/rpc-error';

/**
 * One zod issue as a field violation: the field (its path joined by dots, `(root)` for the
 * whole value), the rule (a custom check's `params.rule`, such as `control_character`, else
 * the zod issue code), the English message, and the issue's parameters a client needs to
 * say the rule in its own words (`minimum`, `maximum`, `format`, …; see `ViolationParams`).
 * The gateway and the services report violations with it, and the web console checks its
 * forms with it, so a rule reads the same wherever it is found.
 */
export function violationFromZodIssue(issue: z.core.$ZodIssue): FieldViolation {
  const custom = issue.code === 'custom' ? issue.params : undefined;
  const rule = typeof custom?.['rule'] === 'string' ? custom['rule'] : issue.code;
  const params = paramsOf(issue);
  return {
    field: issue.path.length ? issue.path.map(String).join('.') : '(root)',
    rule,
    message: issue.message,
    ...(params && Object.keys(params).length ? { params } : {}),
  };
}

/**
 * Rule names of the contracts' custom checks, as they appear in a problem's `errors[].rule`:
 * a repeated entry of a list, an unknown time zone, a bound of a range above the other
 * (`other` names it), one of two fields to give (`other` names the second).
 */
export const CONTRACT_RULES = { duplicate: 'duplicate', timeZone: 'time_zone', notAfter: 'not_after', eitherOr: 'either_or' } as const;

/** The refinement parameters of a list check refusing a repeated entry: rule `duplicate`, with its English message. */
export function duplicateIssue(message: string) {
  return { message, params: { rule: CONTRACT_RULES.duplicate } };
}

/**
 * The refinement parameters of a custom check: its rule's name and the params a client
 * needs to say it in its own words, besides the English message (a check without them is
 * reported as rule `custom`, which no client can word).
 */
export function ruleIssue(rule: string, message: string, params: Record<string, string | number | boolean> = {}) {
  return { message, params: { ...params, rule } };
}

function paramsOf(issue: z.core.$ZodIssue): ViolationParams | undefined {
  switch (issue.code) {
    case 'too_small':
      return { origin: issue.origin, minimum: bound(issue.minimum), inclusive: issue.inclusive ?? true, ...(issue.exact ? { exact: true } : {}) };
    case 'too_big':
      return { origin: issue.origin, maximum: bound(issue.maximum), inclusive: issue.inclusive ?? true, ...(issue.exact ? { exact: true } : {}) };
    case 'invalid_format': {
      // The pattern is left out: it is the schema's implementation, not something to show.
      const extra = issue as { prefix?: unknown; suffix?: unknown; includes?: unknown };
      return { format: issue.format, ...pick({ prefix: extra.prefix, suffix: extra.suffix, includes: extra.includes }) };
    }
    case 'invalid_type':
      return { expected: issue.expected };
    case 'invalid_value':
      return { values: issue.values.map(String) };
    case 'not_multiple_of':
      return { divisor: bound(issue.divisor) };
    case 'unrecognized_keys':
      return { keys: [...issue.keys] };
    case 'custom': {
      const { rule: _rule, ...rest } = issue.params ?? {};
      return pick(rest);
    }
    default:
      return undefined;
  }
}

/** A bound as JSON can carry it: a bigint beyond a double's exact range as decimal digits. */
function bound(value: number | bigint): number | string {
  if (typeof value === 'number') return value;
  return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
}

/** The entries whose values are plain strings, numbers or booleans (a custom check's params may hold anything). */
function pick(entries: Record<string, unknown>): ViolationParams {
  const params: ViolationParams = {};
  for (const [key, value] of Object.entries(entries)) {
    if (typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) params[key] = value;
  }
  return params;
}
