import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { type Problem } from '../api/problem';
import type { DescribeViolation } from './validation-message';

/**
 * A problem's field errors as form paths: the gateway names request fields `body.a.b.0`,
 * the applications service names its own rules `choices.0.exchangeProgramId`; a form knows
 * both as `a.b.0`. The first error of a field wins, said by `describe`
 * (`useDescribeViolation`: in the viewer's language).
 */
export function problemFieldMessages(problem: Problem, describe: DescribeViolation): Map<string, string> {
  const byPath = new Map<string, string>();
  for (const violation of problem.errors ?? []) {
    const path = violation.field.replace(/^(body|query|path)\./, '');
    if (!byPath.has(path)) byPath.set(path, describe({ ...violation, field: path }));
  }
  return byPath;
}

/**
 * Puts each field error on the form's field of that path (nested ones too: `languages.1.level`),
 * focuses the first, and answers the paths no field of the form shows, for the alert to list.
 */
export function setServerErrors<Values extends FieldValues>(form: UseFormReturn<Values>, problem: Problem, knownPaths: ReadonlySet<string>, describe: DescribeViolation): string[] {
  const unplaced: string[] = [];
  let first: string | null = null;
  for (const [path, message] of problemFieldMessages(problem, describe)) {
    if (!knownPaths.has(path)) {
      unplaced.push(`${path}: ${message}`);
      continue;
    }
    form.setError(path as Path<Values>, { type: 'server', message });
    first ??= path;
  }
  if (first) form.setFocus(first as Path<Values>);
  return unplaced;
}
