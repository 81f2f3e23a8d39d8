import { Stack, Text, Timeline, Title } from '@mantine/core';
import { useDateFormats } from '../../i18n/date-formats';
import { useT } from '../../i18n/locale-provider';
import type { MessageId } from '../../i18n/locales';
import { fieldLabelId } from './program-lifecycle';
import type { ManagedProgram } from './staff-queries';

type Change = ManagedProgram['history'][number];

/** The history lines the exchanges service records (`recordChange`); another one shows its code as written. */
const KNOWN_ACTIONS = new Set([
  'created',
  'published',
  'window-opened',
  'window-closed',
  'allocated',
  'started',
  'completed',
  'cancelled',
  'paused',
  'resumed',
  'updated',
]);

/**
 * The program's latest changes, newest first, as the API sends them with the program (its
 * `history`: the last 20; the API has no older pages): what happened, when, whether the
 * platform did it (the scheduler, the season's matching run, a partnership's change) or a
 * manager, the reason of a cancellation or pause, and which fields an edit changed.
 */
export function ProgramHistory({ history }: { history: Change[] }) {
  const t = useT();
  const { moment } = useDateFormats();
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('staffPrograms.history')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('staffPrograms.history.hint')}
      </Text>
      <Timeline bulletSize={14} lineWidth={2} role="list" aria-label={t('staffPrograms.history')}>
        {history.map((change) => (
          <Timeline.Item key={change.id} role="listitem" title={KNOWN_ACTIONS.has(change.action) ? t(`staffPrograms.history.${change.action}` as MessageId) : change.action}>
            <Text size="xs" c="dimmed">
              {moment(change.at)}
              {' · '}
              {byWhom(change, t)}
            </Text>
            {detailLines(change, t).map((line) => (
              <Text size="sm" key={line}>
                {line}
              </Text>
            ))}
          </Timeline.Item>
        ))}
      </Timeline>
    </Stack>
  );
}

type Translate = ReturnType<typeof useT>;

function byWhom(change: Change, t: Translate): string {
  if (typeof change.details['matchingRunId'] === 'string') return t('staffPrograms.history.byMatching');
  return change.actorId === null ? t('staffPrograms.history.byPlatform') : t('staffPrograms.history.byManager');
}

/** What a line's details say: an early close, the reason (a cancellation's, a pause's note), the fields an edit changed. */
function detailLines(change: Change, t: Translate): string[] {
  const details = change.details;
  const lines: string[] = [];
  if (details['early'] === true) lines.push(t('staffPrograms.history.early'));
  const cause = details['cause'] as { note?: unknown } | undefined;
  const reason = typeof details['reason'] === 'string' ? details['reason'] : typeof cause?.note === 'string' ? cause.note : null;
  if (reason) lines.push(t('staffPrograms.history.reason', { reason }));
  if (Array.isArray(details['changed'])) {
    const fields = details['changed'].filter((field): field is string => typeof field === 'string');
    const named = fields.map((field) => {
      const label = fieldLabelId(field);
      return label ? t(label) : field;
    });
    if (named.length > 0) lines.push(t('staffPrograms.history.changed', { fields: named.join(', ') }));
  }
  return lines;
}
