import { Alert, Button, Group, Radio, Stack, Textarea } from '@mantine/core';
import { SCORE_MAX, SCORE_MIN, scoreReadingBodySchema } from '@scn/contracts/applications/review.rpc';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { asProblem, type Problem } from '../../api/problem';
import { ProblemAlert } from '../../forms/problem-alert';
import { setServerErrors } from '../../forms/server-field-errors';
import { useT } from '../../i18n/locale-provider';
import { useDescribeViolation } from '../../forms/validation-message';
import { useContractResolver } from '../../forms/contract-resolver';

type ScoreValues = z.input<typeof scoreReadingBodySchema>;
export type ScoreBody = z.output<typeof scoreReadingBodySchema>;
export interface Criterion {
  key: string;
  label: string;
  weight: number;
}

const SCALE = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, index) => SCORE_MIN + index);

/**
 * The rubric as a form: one 1–5 choice per criterion (radio buttons: arrows move within a
 * criterion, Tab to the next), a comment, and the submission. A criterion left unscored is
 * refused here, before sending; the API's refusals go on the criterion they name
 * (`scores.<key>`). Scoring again replaces the earlier scores (the API allows it until the
 * season's matching is committed).
 */
export function ScoreForm({ criteria, previous, save }: { criteria: Criterion[]; previous: { scores: Record<string, number> | null; comment: string | null }; save(body: ScoreBody): Promise<unknown> }) {
  const t = useT();
  const describe = useDescribeViolation();
  const form = useForm<ScoreValues, unknown, ScoreBody>({
    resolver: useContractResolver(scoreReadingBodySchema),
    defaultValues: { scores: previous.scores ?? {}, comment: previous.comment ?? '' },
  });
  const [problem, setProblem] = useState<Problem | null>(null);
  const [missing, setMissing] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const errors = form.formState.errors;
  /** The API's words for a refused score; ours for one left unscored (the contract's would be a type error). */
  const scoreError = (key: string) => {
    const error = errors.scores?.[key];
    if (error?.type === 'server') return error.message;
    return error || missing.includes(key) ? t('review.scoreMissing') : undefined;
  };

  const onSubmit = form.handleSubmit(async (body) => {
    setProblem(null);
    setSaved(false);
    const unscored = criteria.filter((criterion) => typeof body.scores[criterion.key] !== 'number').map((criterion) => criterion.key);
    setMissing(unscored);
    if (unscored.length > 0) return;
    try {
      await save({ scores: body.scores, comment: body.comment?.trim() ? body.comment.trim() : null });
      setSaved(true);
    } catch (error) {
      const found = asProblem(error);
      setProblem(found);
      setServerErrors(form, found, new Set(['comment', ...criteria.map((criterion) => `scores.${criterion.key}`)]), describe);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {criteria.map((criterion) => (
          <Controller
            key={criterion.key}
            control={form.control}
            name={`scores.${criterion.key}`}
            render={({ field }) => (
              <Radio.Group
                label={criterion.label}
                description={t('review.weight', { weight: criterion.weight })}
                value={typeof field.value === 'number' ? String(field.value) : ''}
                onChange={(value) => field.onChange(Number(value))}
                error={scoreError(criterion.key)}
                name={field.name}
              >
                <Group gap="md" mt={4}>
                  {SCALE.map((score) => (
                    <Radio key={score} value={String(score)} label={String(score)} ref={score === SCALE[0] ? field.ref : undefined} />
                  ))}
                </Group>
              </Radio.Group>
            )}
          />
        ))}
        <Textarea label={t('review.comment')} autosize minRows={3} maxLength={5000} {...form.register('comment')} error={errors.comment?.message} />
        <ProblemAlert problem={problem} />
        {saved && (
          <Alert color="green" role="status">
            {t('review.saved')}
          </Alert>
        )}
        <Button type="submit" loading={form.formState.isSubmitting} style={{ alignSelf: 'start' }}>
          {previous.scores ? t('review.rescore') : t('review.submit')}
        </Button>
      </Stack>
    </form>
  );
}
