import { Button, Fieldset, NativeSelect, NumberInput, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { Controller, useForm, type FieldPath } from 'react-hook-form';
import { asProblem, type Problem } from '../../api/problem';
import { setServerErrors } from '../../forms/server-field-errors';
import { useT } from '../../i18n/locale-provider';
import type { MessageId } from '../../i18n/locales';
import { CATEGORIES } from '../programs/programs-search';
import { InstantInput } from './instant-input';
import { ProgramProblem } from './program-problem';
import { PROGRAM_FORM_PATHS, programBodySchema, type ProgramBody, type ProgramFormValues } from './program-form-values';
import { useDescribeViolation } from '../../forms/validation-message';
import { useContractResolver } from '../../forms/contract-resolver';

const DIRECTIONS = ['to_partner', 'from_partner', 'reciprocal'] as const;
const RESIDENCES = ['member-city', 'member-region', 'any'] as const;

export interface ProgramFormProps {
  initial: ProgramFormValues;
  /** Partnerships to create the program under; absent when editing (the partnership is fixed). */
  partnerships?: Array<{ value: string; label: string }>;
  submitLabel: string;
  save(body: ProgramBody): Promise<unknown>;
}

/**
 * An exchange program's fields, checked by the contract's schema before sending; the API's
 * refusals go on their fields (nested ones too) and its problem above the button, with the
 * field errors no field shows (a closed window's locked `capacity`) named in it.
 */
export function ProgramForm({ initial, partnerships, submitLabel, save }: ProgramFormProps) {
  const t = useT();
  const describe = useDescribeViolation();
  const form = useForm<ProgramFormValues, unknown, ProgramBody>({ resolver: useContractResolver(programBodySchema), defaultValues: initial });
  const [problem, setProblem] = useState<Problem | null>(null);
  const errors = form.formState.errors;
  /** The message of a field's error, nested paths included. */
  const errorOf = (path: FieldPath<ProgramFormValues>): ReactNode => form.getFieldState(path, form.formState).error?.message;

  const onSubmit = form.handleSubmit(async (body) => {
    setProblem(null);
    try {
      await save(body);
    } catch (error) {
      const found = asProblem(error);
      setProblem(found);
      setServerErrors(form, found, PROGRAM_FORM_PATHS, describe);
    }
  });

  const number = (path: FieldPath<ProgramFormValues>, label: MessageId, extra: { min?: number; max?: number; decimalScale?: number } = {}) => (
    <Controller
      control={form.control}
      name={path}
      render={({ field }) => (
        <NumberInput
          label={t(label)}
          ref={field.ref}
          name={field.name}
          value={field.value as number}
          onBlur={field.onBlur}
          onChange={(value) => field.onChange(typeof value === 'number' ? value : Number.NaN)}
          error={errorOf(path)}
          allowDecimal={extra.decimalScale !== undefined}
          decimalScale={extra.decimalScale}
          min={extra.min}
          max={extra.max}
          required
        />
      )}
    />
  );
  const instant = (path: 'applicationOpensAt' | 'applicationClosesAt' | 'decisionReleaseAt' | 'offerResponseDeadline', label: MessageId, optional = false) => (
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
          error={errorOf(path)}
          optional={optional}
        />
      )}
    />
  );
  const tags = (path: 'languages' | 'costs.covers' | 'eligibility.languages' | 'eligibility.requiredDocuments', label: MessageId, hint?: MessageId) => (
    <Controller
      control={form.control}
      name={path}
      render={({ field }) => (
        <TagsInput
          label={t(label)}
          description={hint ? t(hint) : undefined}
          ref={field.ref}
          name={field.name}
          value={(field.value as string[] | undefined) ?? []}
          onChange={field.onChange}
          onBlur={field.onBlur}
          error={errorOf(path)}
        />
      )}
    />
  );

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {partnerships && (
          <NativeSelect
            label={t('staffPrograms.form.partnership')}
            data={[{ value: '', label: t('staffPrograms.form.choosePartnership') }, ...partnerships]}
            {...form.register('partnershipId')}
            error={errors.partnershipId?.message}
            required
          />
        )}
        <TextInput label={t('staffPrograms.form.title')} {...form.register('title')} error={errors.title?.message} required />
        <Textarea label={t('staffPrograms.form.description')} autosize minRows={3} {...form.register('description')} error={errors.description?.message} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {number('season', 'staffPrograms.form.season', { min: 2000, max: 2200 })}
          <NativeSelect
            label={t('staffPrograms.form.category')}
            data={CATEGORIES.map((category) => ({ value: category, label: t(`category.${category}` as MessageId) }))}
            {...form.register('category')}
            error={errors.category?.message}
          />
          <NativeSelect
            label={t('staffPrograms.form.direction')}
            data={DIRECTIONS.map((direction) => ({ value: direction, label: t(`program.direction.${direction}`) }))}
            {...form.register('direction')}
            error={errors.direction?.message}
          />
        </SimpleGrid>
        {tags('languages', 'staffPrograms.form.languages', 'staffPrograms.form.languagesHint')}
        <Fieldset legend={t('staffPrograms.form.dates')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput type="date" label={t('staffPrograms.form.travelStart')} {...form.register('travelStart')} error={errors.travelStart?.message} required />
            <TextInput type="date" label={t('staffPrograms.form.travelEnd')} {...form.register('travelEnd')} error={errors.travelEnd?.message} required />
            {instant('applicationOpensAt', 'staffPrograms.form.opensAt')}
            {instant('applicationClosesAt', 'staffPrograms.form.closesAt')}
            {instant('decisionReleaseAt', 'staffPrograms.form.decisionAt', true)}
            {instant('offerResponseDeadline', 'staffPrograms.form.offerDeadline', true)}
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('staffPrograms.form.capacity')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {number('capacity.member', 'staffPrograms.form.memberPlaces', { min: 0, max: 10_000 })}
            {number('capacity.partner', 'staffPrograms.form.partnerPlaces', { min: 0, max: 10_000 })}
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('staffPrograms.form.costs')}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {number('costs.amount', 'staffPrograms.form.amount', { min: 0, decimalScale: 2 })}
              <TextInput label={t('staffPrograms.form.currency')} maxLength={3} {...form.register('costs.currency')} error={errors.costs?.currency?.message} required />
            </SimpleGrid>
            {tags('costs.covers', 'staffPrograms.form.covers')}
          </Stack>
        </Fieldset>
        <Fieldset legend={t('staffPrograms.form.eligibility')}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              {number('eligibility.minAge', 'staffPrograms.form.minAge', { min: 0, max: 120 })}
              {number('eligibility.maxAge', 'staffPrograms.form.maxAge', { min: 0, max: 120 })}
              {number('eligibility.maxApplicationsPerSeason', 'staffPrograms.form.perSeason', { min: 1, max: 100 })}
            </SimpleGrid>
            <NativeSelect
              label={t('staffPrograms.form.residence')}
              data={RESIDENCES.map((rule) => ({ value: rule, label: t(`staffPrograms.residence.${rule}` as MessageId) }))}
              {...form.register('eligibility.residence')}
              error={errors.eligibility?.residence?.message}
            />
            {tags('eligibility.languages', 'staffPrograms.form.requiredLanguages', 'staffPrograms.form.languagesHint')}
            {tags('eligibility.requiredDocuments', 'staffPrograms.form.documents')}
          </Stack>
        </Fieldset>
        <ProgramProblem problem={problem} placed={PROGRAM_FORM_PATHS} />
        <Button type="submit" loading={form.formState.isSubmitting} style={{ alignSelf: 'start' }}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
