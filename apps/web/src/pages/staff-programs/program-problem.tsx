import { Alert, List, Text } from '@mantine/core';
import type { Problem } from '../../api/problem';
import { problemTitleId } from '../../forms/problem-alert';
import { problemFieldMessages } from '../../forms/server-field-errors';
import { useDescribeViolation } from '../../forms/validation-message';
import { useT } from '../../i18n/locale-provider';
import { fieldLabelId } from './program-lifecycle';

/**
 * A problem the API answered about a program, as the forms show one (`ProblemAlert`: a title
 * in the viewer's language, the API's detail, the reference), with each field error that no
 * field on the screen shows (`placed`) listed in the same alert, named by the field's label:
 * a refused step's `status` (409 EXCHANGE_PROGRAM.ILLEGAL_TRANSITION), the fields a closed
 * window locks (409 EXCHANGE_PROGRAM.FIELD_LOCKED). One alert, so a screen reader says it all.
 */
export function ProgramProblem({ problem, placed = new Set() }: { problem: Problem | null | undefined; placed?: ReadonlySet<string> }) {
  const t = useT();
  const describe = useDescribeViolation();
  if (!problem) return null;
  const titleId = problemTitleId(problem.status);
  const others = [...problemFieldMessages(problem, describe)].filter(([path]) => !placed.has(path));
  return (
    <Alert color="red" title={titleId ? t(titleId) : problem.title} role="alert">
      {problem.detail && <Text size="sm">{problem.detail}</Text>}
      {others.length > 0 && (
        <List size="sm" mt={4}>
          {others.map(([path, message]) => {
            const label = fieldLabelId(path);
            return <List.Item key={path}>{t('staffPrograms.problem.field', { field: label ? t(label) : path, message })}</List.Item>;
          })}
        </List>
      )}
      {problem.correlationId && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('problem.reference', { id: problem.correlationId })}
        </Text>
      )}
    </Alert>
  );
}
