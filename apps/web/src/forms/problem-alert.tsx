import { Alert, Text } from '@mantine/core';
import type { Problem } from '../api/problem';
import { useT } from '../i18n/locale-provider';
import type { MessageId } from '../i18n/locales';

const TITLED_STATUSES = new Set([400, 401, 403, 404, 409, 429]);

/** The title of a problem in the viewer's language, by its status (the API's titles are English HTTP phrases). */
export function problemTitleId(status: number): MessageId | null {
  if (TITLED_STATUSES.has(status)) return `problem.title.${status}` as MessageId;
  if (status >= 500) return 'problem.title.5xx';
  return null;
}

/**
 * A problem the API answered, as people read it: a title in their language, what went
 * wrong (the API's detail), and the reference to quote to support. Never a stack trace or
 * raw JSON. An alert role, so a screen reader announces it when a submitted form fails.
 */
export function ProblemAlert({ problem }: { problem: Problem | null | undefined }) {
  const t = useT();
  if (!problem) return null;
  const titleId = problemTitleId(problem.status);
  return (
    <Alert color="red" title={titleId ? t(titleId) : problem.title} role="alert">
      {problem.detail && <Text size="sm">{problem.detail}</Text>}
      {problem.correlationId && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('problem.reference', { id: problem.correlationId })}
        </Text>
      )}
    </Alert>
  );
}
