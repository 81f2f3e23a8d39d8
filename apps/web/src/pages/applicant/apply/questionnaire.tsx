import { Button, Radio, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { asProblem, type Problem } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { problemFieldMessages } from '../../../forms/server-field-errors';
import { useT } from '../../../i18n/locale-provider';
import { answersQuery } from '../applicant-queries';
import { answersBody, inputValueOf, type Question } from './questionnaire-answers';
import { useDescribeViolation } from '../../../forms/validation-message';

/**
 * A chosen program's questionnaire, each question by its type: one line or several of
 * text, a number, one of the question's options (radio buttons), yes or no (a switch).
 * The API's field errors (`answers.<key>`) land on their questions.
 */
export function Questionnaire(props: { applicationId: string; exchangeProgramId: string; questions: Question[] }) {
  const t = useT();
  const describe = useDescribeViolation();
  const queryClient = useQueryClient();
  const saved = useQuery(answersQuery(props.applicationId, props.exchangeProgramId));
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Map<string, string>>(new Map());
  const [saving, setSaving] = useState(false);
  const valueOf = (key: string) => draft[key] ?? inputValueOf(saved.data?.answers[key]);
  const set = (key: string, value: string) => setDraft((current) => ({ ...current, [key]: value }));

  const save = async () => {
    setProblem(null);
    setFieldErrors(new Map());
    setSaving(true);
    try {
      unwrap(
        await api.PUT('/v1/me/applications/{applicationId}/answers/{exchangeProgramId}', {
          params: { path: { applicationId: props.applicationId, exchangeProgramId: props.exchangeProgramId } },
          body: { answers: answersBody(props.questions, valueOf) },
        }),
      );
      await queryClient.invalidateQueries({ queryKey: ['me', 'applications', props.applicationId] });
    } catch (error) {
      const found = asProblem(error);
      setProblem(found);
      setFieldErrors(new Map([...problemFieldMessages(found, describe)].map(([path, message]) => [path.replace(/^answers\./, ''), message])));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack gap="xs">
      <Text fw={500}>{t('apply.questions.title')}</Text>
      {props.questions.map((question) => (
        <QuestionInput key={question.key} question={question} value={valueOf(question.key)} error={fieldErrors.get(question.key)} onChange={(value) => set(question.key, value)} />
      ))}
      <ProblemAlert problem={problem} />
      <Button variant="light" onClick={() => void save()} loading={saving} style={{ alignSelf: 'start' }}>
        {t('apply.questions.save')}
      </Button>
    </Stack>
  );
}

function QuestionInput({ question, value, error, onChange }: { question: Question; value: string; error?: string; onChange(value: string): void }) {
  const t = useT();
  switch (question.type) {
    case 'choice':
      return (
        <Radio.Group label={question.label} required={question.required} value={value || null} error={error} onChange={onChange}>
          <Stack gap={6} mt={4}>
            {(question.options ?? []).map((option) => (
              <Radio key={option} value={option} label={option} />
            ))}
          </Stack>
        </Radio.Group>
      );
    case 'yes-no':
      return (
        <Switch
          label={question.label}
          size="lg"
          // The switch is large enough to carry its "yes"/"no"; its label matches the other questions'.
          styles={{ label: { fontSize: 'var(--mantine-font-size-sm)', fontWeight: 500 } }}
          onLabel={t('apply.questions.yes')}
          offLabel={t('apply.questions.no')}
          checked={value === 'yes'}
          error={error}
          onChange={(event) => onChange(event.currentTarget.checked ? 'yes' : 'no')}
        />
      );
    case 'long-text':
      return (
        <Textarea
          label={question.label}
          required={question.required}
          autosize
          minRows={3}
          maxLength={question.maxLength}
          value={value}
          error={error}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
    default:
      return (
        <TextInput
          label={question.label}
          required={question.required}
          type={question.type === 'number' ? 'number' : 'text'}
          inputMode={question.type === 'number' ? 'decimal' : undefined}
          maxLength={question.type === 'text' ? question.maxLength : undefined}
          value={value}
          error={error}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
  }
}
