import { Alert, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Problem } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useDescribeViolation } from '../../../forms/validation-message';
import { useT } from '../../../i18n/locale-provider';
import { checklistQuery } from '../applicant-queries';
import { problemsByProgram, type Choice } from './ranked-choices';

/**
 * Step 3: check and submit. The checklist's missing items, then the submission's refusals
 * on the choice each names, all said in the viewer's language from their rule and params
 * (the API's English words for a rule the console does not know).
 */
export function SubmitStep(props: {
  applicationId: string;
  busy: boolean;
  problem: Problem | null;
  /** The choices as saved (the refusals name a choice by its index there). */
  submittedOrder: readonly string[];
  choices: Choice[];
  onBack(): void;
  onSubmit(): void;
}) {
  const t = useT();
  const describe = useDescribeViolation();
  const checklist = useQuery(checklistQuery(props.applicationId));
  const missing = checklist.data?.missing ?? [];
  const problems = problemsByProgram(
    (props.problem?.errors ?? []).map((violation) => ({ field: violation.field, message: describe(violation) })),
    props.submittedOrder,
  );
  return (
    <Stack>
      <Title order={2} size="h3">
        {t('apply.submit.title')}
      </Title>
      {checklist.data?.readyToSubmit ? <Text>{t('apply.submit.ready')}</Text> : missing.length > 0 && <Text>{t('apply.submit.missing')}</Text>}
      {missing.length > 0 && (
        <List size="sm">
          {missing.map((item) => (
            <List.Item key={item.field}>{describe(item)}</List.Item>
          ))}
        </List>
      )}
      {props.choices.map((choice) =>
        problems.byProgram.get(choice.exchangeProgramId)?.length ? (
          <Alert key={choice.exchangeProgramId} color="red" variant="outline" title={choice.title}>
            {problems.byProgram.get(choice.exchangeProgramId)?.map((message) => (
              <Text key={message} size="sm">
                {message}
              </Text>
            ))}
          </Alert>
        ) : null,
      )}
      {problems.general.map((message) => (
        <Text key={message} size="sm" c="red.8">
          {message}
        </Text>
      ))}
      <ProblemAlert problem={props.problem} />
      <Group>
        <Button variant="default" onClick={props.onBack}>
          {t('apply.back')}
        </Button>
        <Button onClick={props.onSubmit} loading={props.busy}>
          {t('apply.submit.button')}
        </Button>
      </Group>
    </Stack>
  );
}
