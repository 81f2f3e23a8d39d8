import { ActionIcon, Alert, Button, Checkbox, Fieldset, Group, NativeSelect, NumberInput, Paper, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useFieldArray, useForm, useWatch, type FieldPath, type UseFormReturn } from 'react-hook-form';
import { asProblem, type Problem } from '../../api/problem';
import { useContractResolver } from '../../forms/contract-resolver';
import { setServerErrors } from '../../forms/server-field-errors';
import { useDescribeViolation } from '../../forms/validation-message';
import { useT } from '../../i18n/locale-provider';
import type { MessageId } from '../../i18n/locales';
import { ProgramProblem } from './program-problem';
import {
  emptyQuestion,
  keyFrom,
  QUESTION_TYPES,
  requirementsFormSchema,
  requirementsValues,
  type RequirementsBody,
  type RequirementsValues,
} from './requirements-values';

const DOCUMENT_PARTS = ['key', 'label'];
const QUESTION_PARTS = ['key', 'label', 'type', 'required', 'options', 'maxLength'];

/**
 * What applying to a program requires besides eligibility (`PUT …/application-requirements`,
 * set as a whole): the documents to upload (key and label), the questionnaire (each question
 * with its key, wording, type, whether it is required, a choice's options, a text's longest
 * answer; in the order applicants see them) and how many referees to name. A key left empty
 * is made from the label (shown as the key field's placeholder). Checked by the contract's
 * schema before sending; the API's field errors go on their fields.
 */
export function RequirementsEditor({ initial, save }: { initial: RequirementsValues; save(body: RequirementsBody): Promise<unknown> }) {
  const t = useT();
  const describe = useDescribeViolation();
  const form = useForm<RequirementsValues, unknown, RequirementsBody>({ resolver: useContractResolver(requirementsFormSchema), defaultValues: initial });
  const documents = useFieldArray({ control: form.control, name: 'documents' });
  const questions = useFieldArray({ control: form.control, name: 'questions' });
  const documentsNow = useWatch({ control: form.control, name: 'documents' });
  const questionsNow = useWatch({ control: form.control, name: 'questions' });
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState(false);
  const errors = form.formState.errors;
  const errorOf = (path: FieldPath<RequirementsValues>) => form.getFieldState(path, form.formState).error?.message;
  const paths = new Set([
    'documents',
    'questions',
    'recommendations',
    ...documents.fields.flatMap((_, index) => DOCUMENT_PARTS.map((part) => `documents.${index}.${part}`)),
    ...questions.fields.flatMap((_, index) => QUESTION_PARTS.map((part) => `questions.${index}.${part}`)),
  ]);

  const onSubmit = form.handleSubmit(async (body) => {
    setProblem(null);
    setSaved(false);
    try {
      await save(body);
      // The keys made from labels now show as saved.
      form.reset(requirementsValues(body));
      setSaved(true);
    } catch (error) {
      const found = asProblem(error);
      setProblem(found);
      // Only the field paths are used: the sent body's optional options are the form's lists.
      setServerErrors(form as unknown as UseFormReturn<RequirementsValues>, found, paths, describe);
    }
  });

  const listError = (list: 'documents' | 'questions') => {
    const error = errors[list];
    return error?.message ?? error?.root?.message;
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <Fieldset legend={t('staffPrograms.requirements.documents')}>
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {t('staffPrograms.requirements.documentsHint')}
            </Text>
            {documents.fields.length === 0 && <Text size="sm">{t('staffPrograms.requirements.noDocuments')}</Text>}
            {documents.fields.map((field, index) => {
              const number = index + 1;
              return (
                <Group key={field.id} align="start" gap="xs" wrap="wrap">
                  <TextInput
                    label={t('staffPrograms.requirements.documentLabel', { number })}
                    style={{ flex: '2 1 220px' }}
                    {...form.register(`documents.${index}.label`)}
                    error={errorOf(`documents.${index}.label`)}
                    required
                  />
                  <TextInput
                    label={t('staffPrograms.requirements.documentKey', { number })}
                    style={{ flex: '1 1 160px' }}
                    placeholder={keyFrom(documentsNow?.[index]?.label ?? '')}
                    {...form.register(`documents.${index}.key`)}
                    error={errorOf(`documents.${index}.key`)}
                  />
                  <ActionIcon variant="subtle" color="red.9" mt={26} onClick={() => documents.remove(index)} aria-label={t('staffPrograms.requirements.removeDocument', { number })}>
                    ×
                  </ActionIcon>
                </Group>
              );
            })}
            {listError('documents') && (
              <Text c="red.9" size="sm">
                {listError('documents')}
              </Text>
            )}
            <Button variant="subtle" size="xs" style={{ alignSelf: 'start' }} onClick={() => documents.append({ key: '', label: '' })}>
              {t('staffPrograms.requirements.addDocument')}
            </Button>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('staffPrograms.requirements.questions')}>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('staffPrograms.requirements.questionsHint')}
            </Text>
            {questions.fields.length === 0 && <Text size="sm">{t('staffPrograms.requirements.noQuestions')}</Text>}
            {questions.fields.map((field, index) => {
              const number = index + 1;
              const type = questionsNow?.[index]?.type ?? field.type;
              return (
                <Paper key={field.id} withBorder p="sm">
                  <Stack gap="xs">
                    <Group align="start" gap="xs" wrap="wrap">
                      <TextInput
                        label={t('staffPrograms.requirements.questionLabel', { number })}
                        style={{ flex: '2 1 240px' }}
                        {...form.register(`questions.${index}.label`)}
                        error={errorOf(`questions.${index}.label`)}
                        required
                      />
                      <TextInput
                        label={t('staffPrograms.requirements.questionKey', { number })}
                        style={{ flex: '1 1 160px' }}
                        placeholder={keyFrom(questionsNow?.[index]?.label ?? '')}
                        {...form.register(`questions.${index}.key`)}
                        error={errorOf(`questions.${index}.key`)}
                      />
                    </Group>
                    <Group align="end" gap="xs" wrap="wrap">
                      <NativeSelect
                        label={t('staffPrograms.requirements.questionType', { number })}
                        data={QUESTION_TYPES.map((value) => ({ value, label: t(`staffPrograms.requirements.type.${value}` as MessageId) }))}
                        {...form.register(`questions.${index}.type`)}
                        error={errorOf(`questions.${index}.type`)}
                      />
                      <Checkbox label={t('staffPrograms.requirements.required', { number })} mb={8} {...form.register(`questions.${index}.required`)} />
                      <Group gap={4} ml="auto">
                        <ActionIcon variant="subtle" disabled={index === 0} onClick={() => questions.move(index, index - 1)} aria-label={t('staffPrograms.requirements.moveUp', { number })}>
                          ↑
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          disabled={index === questions.fields.length - 1}
                          onClick={() => questions.move(index, index + 1)}
                          aria-label={t('staffPrograms.requirements.moveDown', { number })}
                        >
                          ↓
                        </ActionIcon>
                        <ActionIcon variant="subtle" color="red.9" onClick={() => questions.remove(index)} aria-label={t('staffPrograms.requirements.removeQuestion', { number })}>
                          ×
                        </ActionIcon>
                      </Group>
                    </Group>
                    {type === 'choice' && (
                      <Controller
                        control={form.control}
                        name={`questions.${index}.options`}
                        render={({ field: options }) => (
                          <TagsInput
                            label={t('staffPrograms.requirements.options', { number })}
                            description={t('staffPrograms.requirements.optionsHint')}
                            ref={options.ref}
                            name={options.name}
                            value={options.value}
                            onChange={options.onChange}
                            onBlur={options.onBlur}
                            error={errorOf(`questions.${index}.options`)}
                            required
                          />
                        )}
                      />
                    )}
                    {(type === 'text' || type === 'long-text') && (
                      <Controller
                        control={form.control}
                        name={`questions.${index}.maxLength`}
                        render={({ field: maxLength }) => (
                          <NumberInput
                            label={t('staffPrograms.requirements.maxLength', { number })}
                            description={t('staffPrograms.requirements.maxLengthHint')}
                            maw={260}
                            min={1}
                            max={10_000}
                            allowDecimal={false}
                            ref={maxLength.ref}
                            name={maxLength.name}
                            value={maxLength.value ?? ''}
                            onBlur={maxLength.onBlur}
                            onChange={(value) => maxLength.onChange(typeof value === 'number' ? value : null)}
                            error={errorOf(`questions.${index}.maxLength`)}
                          />
                        )}
                      />
                    )}
                  </Stack>
                </Paper>
              );
            })}
            {listError('questions') && (
              <Text c="red.9" size="sm">
                {listError('questions')}
              </Text>
            )}
            <Button variant="subtle" size="xs" style={{ alignSelf: 'start' }} onClick={() => questions.append(emptyQuestion())}>
              {t('staffPrograms.requirements.addQuestion')}
            </Button>
          </Stack>
        </Fieldset>

        <Controller
          control={form.control}
          name="recommendations"
          render={({ field }) => (
            <NumberInput
              label={t('staffPrograms.requirements.referees')}
              description={t('staffPrograms.requirements.refereesHint')}
              maw={260}
              min={0}
              max={5}
              allowDecimal={false}
              ref={field.ref}
              name={field.name}
              value={field.value}
              onBlur={field.onBlur}
              onChange={(value) => field.onChange(typeof value === 'number' ? value : Number.NaN)}
              error={errors.recommendations?.message}
              required
            />
          )}
        />
        <ProgramProblem problem={problem} placed={paths} />
        {saved && (
          <Alert color="green" role="status">
            {t('staffPrograms.requirements.saved')}
          </Alert>
        )}
        <Button type="submit" loading={form.formState.isSubmitting} style={{ alignSelf: 'start' }}>
          {t('staffPrograms.requirements.save')}
        </Button>
      </Stack>
    </form>
  );
}
