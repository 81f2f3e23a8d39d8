import { toNestErrors, validateFieldsNatively } from '@hookform/resolvers';
import { useMemo } from 'react';
import type { FieldError, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { violationFromZodIssue } from '@scn/contracts/http/zod-violation';
import { useDescribeViolation, type DescribeViolation } from './validation-message';

/**
 * A react-hook-form resolver checking a form with a zod schema (a contract's, the one the
 * API validates with) whose errors are said like the API's: each issue becomes the same
 * field violation the gateway would answer (`violationFromZodIssue`: rule and params), said
 * by `describe` in the viewer's language. The first error of a field wins; a union that
 * matches no branch shows the first error of the branch that came closest.
 */
export function contractResolver<Input extends FieldValues, Output>(schema: z.ZodType<Output, Input>, describe: DescribeViolation): Resolver<Input, unknown, Output> {
  return async (values, _context, options) => {
    const result = await schema.safeParseAsync(values);
    if (result.success) {
      if (options.shouldUseNativeValidation) validateFieldsNatively({}, options);
      return { values: result.data, errors: {} };
    }
    const byPath: Record<string, FieldError> = {};
    for (const issue of closestIssues(result.error.issues)) {
      const path = issue.path.map(String).join('.');
      if (byPath[path]) continue;
      const violation = violationFromZodIssue(issue);
      byPath[path] = { type: violation.rule, message: describe(violation) };
    }
    return { values: {}, errors: toNestErrors<Input>(byPath, options) };
  };
}

/** The issues, a union's replaced by those of its branch with the fewest (their paths made whole). */
function closestIssues(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
    const closest = issue.errors.reduce((best, branch) => (branch.length < best.length ? branch : best));
    return closestIssues(closest.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })));
  });
}

/** `useForm({ resolver: useContractResolver(schema) })`: the contract's checks, their errors in the viewer's language. */
export function useContractResolver<Input extends FieldValues, Output>(schema: z.ZodType<Output, Input>): Resolver<Input, unknown, Output> {
  const describe = useDescribeViolation();
  return useMemo(() => contractResolver(schema, describe), [schema, describe]);
}
