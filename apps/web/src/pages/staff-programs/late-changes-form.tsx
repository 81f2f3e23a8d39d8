import { Button, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { updateExchangeProgramBodySchema } from '@scn/contracts/exchanges/exchange-programs.rpc';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { asProblem, type Problem } from '../../api/problem';
import { useContractResolver } from '../../forms/contract-resolver';
import { setServerErrors } from '../../forms/server-field-errors';
import { useDescribeViolation } from '../../forms/validation-message';
import { useT } from '../../i18n/locale-provider';
import { InstantInput } from './instant-input';
import { EDITABLE_AFTER_CLOSE } from './program-lifecycle';
import { ProgramProblem } from './program-problem';
import type { ManagedProgram } from './staff-queries';

/** The PATCH body's fields that may still change once the window closed, all of them sent (the API's own rules). */
export const lateChangesSchema = updateExchangeProgramBodySchema
  .pick({ title: true, description: true, decisionReleaseAt: true, offerResponseDeadline: true })
  .required();
export type LateChanges = z.output<typeof lateChangesSchema>;
const PATHS: ReadonlySet<string> = new Set(EDITABLE_AFTER_CLOSE);

export function lateChangesOf(program: ManagedProgram): LateChanges {
  return {
    title: program.title,
    description: program.description,
    decisionReleaseAt: program.decisionReleaseAt,
    offerResponseDeadline: program.offerResponseDeadline,
  };
}

/**
 * What may still change once a program's application window has closed: its title,
 * description, and the decision and offer dates (applicants were judged by the rest). Checked
 * by the contract's schema before sending; the API's refusals (a decision after travel, a
 * field locked meanwhile) go on their fields, the others are named in its problem.
 */
export function LateChangesForm({ initial, save }: { initial: LateChanges; save(body: LateChanges): Promise<unknown> }) {
  const t = useT();
  const describe = useDescribeViolation();
  const form = useForm<LateChanges>({ resolver: useContractResolver(lateChangesSchema), defaultValues: initial });
  const [problem, setProblem] = useState<Problem | null>(null);
  const errors = form.formState.errors;

  const onSubmit = form.handleSubmit(async (body) => {
    setProblem(null);
    try {
      await save(body);
    } catch (error) {
      const found = asProblem(error);
      setProblem(found);
      setServerErrors(form, found, PATHS, describe);
    }
  });

  const instant = (path: 'decisionReleaseAt' | 'offerResponseDeadline', label: 'staffPrograms.form.decisionAt' | 'staffPrograms.form.offerDeadline') => (
    <Controller
      control={form.control}
      name={path}
      render={({ field }) => (
        <InstantInput
          label={t(label)}
          name={field.name}
          inputRef={field.ref}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          error={errors[path]?.message}
          optional
        />
      )}
    />
  );

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <TextInput label={t('staffPrograms.form.title')} {...form.register('title')} error={errors.title?.message} required />
        <Textarea label={t('staffPrograms.form.description')} autosize minRows={3} {...form.register('description')} error={errors.description?.message} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {instant('decisionReleaseAt', 'staffPrograms.form.decisionAt')}
          {instant('offerResponseDeadline', 'staffPrograms.form.offerDeadline')}
        </SimpleGrid>
        <ProgramProblem problem={problem} placed={PATHS} />
        <Button type="submit" loading={form.formState.isSubmitting} style={{ alignSelf: 'start' }}>
          {t('staffPrograms.form.saveChanges')}
        </Button>
      </Stack>
    </form>
  );
}
