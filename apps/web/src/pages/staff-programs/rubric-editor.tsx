import { Alert, ActionIcon, Button, Checkbox, Group, List, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { putRubricBodySchema } from '@scn/contracts/applications/review.rpc';
import { useState } from 'react';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { asProblem, type Problem } from '../../api/problem';
import { ProblemAlert } from '../../forms/problem-alert';
import { setServerErrors } from '../../forms/server-field-errors';
import { useT } from '../../i18n/locale-provider';
import { useDescribeViolation } from '../../forms/validation-message';
import { useContractResolver } from '../../forms/contract-resolver';

type RubricValues = z.input<typeof putRubricBodySchema>;
export type RubricBody = z.output<typeof putRubricBodySchema>;

const EMPTY: RubricValues = { criteria: [{ key: '', label: '', weight: 1 }], blindFirstRound: false };

/**
 * The program's rubric: the criteria readers score 1–5, each weighted, and whether the first
 * round is blind. The API keeps keys and weights once a reading is scored (REVIEW.RUBRIC_IN_USE).
 */
export function RubricEditor({ initial, save }: { initial: RubricValues | null; save(body: RubricBody): Promise<unknown> }) {
  const t = useT();
  const describe = useDescribeViolation();
  const form = useForm<RubricValues, unknown, RubricBody>({ resolver: useContractResolver(putRubricBodySchema), defaultValues: initial ?? EMPTY });
  const criteria = useFieldArray({ control: form.control, name: 'criteria' });
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState(false);
  const errors = form.formState.errors;

  const onSubmit = form.handleSubmit(async (body) => {
    setProblem(null);
    setSaved(false);
    try {
      await save(body);
      setSaved(true);
    } catch (error) {
      const found = asProblem(error);
      setProblem(found);
      const paths = new Set(['criteria', 'blindFirstRound', ...criteria.fields.flatMap((_, index) => ['key', 'label', 'weight'].map((part) => `criteria.${index}.${part}`))]);
      setServerErrors(form, found, paths, describe);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="xs">
        {criteria.fields.map((field, index) => (
          <Group key={field.id} align="start" gap="xs" wrap="wrap">
            <TextInput
              label={t('staffReview.rubric.key', { number: index + 1 })}
              w={140}
              {...form.register(`criteria.${index}.key`)}
              error={errors.criteria?.[index]?.key?.message}
            />
            <TextInput
              label={t('staffReview.rubric.label', { number: index + 1 })}
              style={{ flex: '1 1 180px' }}
              {...form.register(`criteria.${index}.label`)}
              error={errors.criteria?.[index]?.label?.message}
            />
            <Controller
              control={form.control}
              name={`criteria.${index}.weight`}
              render={({ field: weight }) => (
                <NumberInput
                  label={t('staffReview.rubric.weight', { number: index + 1 })}
                  w={110}
                  min={1}
                  max={100}
                  allowDecimal={false}
                  ref={weight.ref}
                  name={weight.name}
                  value={weight.value}
                  onBlur={weight.onBlur}
                  onChange={(value) => weight.onChange(typeof value === 'number' ? value : Number.NaN)}
                  error={errors.criteria?.[index]?.weight?.message}
                />
              )}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mt={26}
              onClick={() => criteria.remove(index)}
              disabled={criteria.fields.length === 1}
              aria-label={t('staffReview.rubric.remove', { number: index + 1 })}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        {errors.criteria?.message && <Text c="red" size="sm">{errors.criteria.message}</Text>}
        {errors.criteria?.root?.message && <Text c="red" size="sm">{errors.criteria.root.message}</Text>}
        <Button variant="subtle" size="xs" style={{ alignSelf: 'start' }} onClick={() => criteria.append({ key: '', label: '', weight: 1 })}>
          {t('staffReview.rubric.add')}
        </Button>
        <Checkbox label={t('staffReview.rubric.blind')} {...form.register('blindFirstRound')} />
        <ProblemAlert problem={problem} />
        {saved && (
          <Alert color="green" role="status">
            {t('staffReview.rubric.saved')}
          </Alert>
        )}
        <Button type="submit" loading={form.formState.isSubmitting} style={{ alignSelf: 'start' }}>
          {t('staffReview.rubric.save')}
        </Button>
      </Stack>
    </form>
  );
}

/** A rubric as a list, for the page's summary. */
export function RubricSummary({ criteria, blind }: { criteria: Array<{ key: string; label: string; weight: number }>; blind: boolean }) {
  const t = useT();
  return (
    <>
      <List size="sm">
        {criteria.map((criterion) => (
          <List.Item key={criterion.key}>{t('staffReview.rubric.criterion', { label: criterion.label, weight: criterion.weight })}</List.Item>
        ))}
      </List>
      <Text size="sm">{blind ? t('staffReview.rubric.isBlind') : t('staffReview.rubric.isOpen')}</Text>
    </>
  );
}
