import { useState } from 'react';
import { useForm, type DefaultValues, type Path } from 'react-hook-form';
import type { z } from 'zod';
import { asProblem, fieldErrors, type Problem } from '../api/problem';
import { useContractResolver } from './contract-resolver';
import { useDescribeViolation } from './validation-message';

/**
 * A react-hook-form form validated by a zod schema (the one the API validates with, from
 * libs/contracts, where there is one) whose submission is an API call. When the API
 * refuses it, the problem's field errors go on their fields and the problem itself (title,
 * detail, reference) into `problem`, for a `ProblemAlert` above the button. Both the
 * schema's errors and the API's are said in the viewer's language (`validation-message.ts`).
 */
export function useApiForm<Values extends Record<string, unknown>>(schema: z.ZodType<Values, Values>, defaultValues: DefaultValues<Values>) {
  const describe = useDescribeViolation();
  const form = useForm<Values>({ resolver: useContractResolver(schema), defaultValues });
  const [problem, setProblem] = useState<Problem | null>(null);

  const submit = (action: (values: Values) => Promise<void>) =>
    form.handleSubmit(async (values) => {
      setProblem(null);
      try {
        await action(values);
      } catch (error) {
        const found = asProblem(error);
        const byField = fieldErrors(found, describe);
        const fields = Object.keys(defaultValues).filter((field) => byField[field] !== undefined);
        for (const field of fields) form.setError(field as Path<Values>, { type: 'server', message: byField[field] });
        setProblem(found);
        if (fields[0]) form.setFocus(fields[0] as Path<Values>);
      }
    });

  return { form, problem, submit };
}
