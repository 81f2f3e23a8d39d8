import { Stack, Text, Timeline, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { asProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useDateFormats } from '../../../i18n/date-formats';
import { useT } from '../../../i18n/locale-provider';
import type { MessageId } from '../../../i18n/locales';
import { CursorPager } from '../cursor-pager';
import { partnershipHistoryQuery } from '../staff-queries';

/** Changes the service records (`recordChange`); another one shows its code as written. */
const KNOWN_ACTIONS = new Set([
  'proposed',
  'approved',
  'terms-amended',
  'amendment-reverted',
  'suspended',
  'reactivated',
  'termination-proposed',
  'terminated',
  'contacts-changed',
]);

/** Every change of the partnership, oldest first, with who made it and why. */
export function PartnershipHistory({ partnershipId }: { partnershipId: string }) {
  const t = useT();
  const { moment } = useDateFormats();
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  const history = useQuery(partnershipHistoryQuery(partnershipId, cursor));
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('staff.partnership.history')}
      </Title>
      {history.isError && <ProblemAlert problem={asProblem(history.error)} />}
      <Timeline bulletSize={14} lineWidth={2} role="list" aria-label={t('staff.partnership.history')}>
        {(history.data?.items ?? []).map((change) => {
          const reason = typeof change.details['reason'] === 'string' ? change.details['reason'] : null;
          const version = typeof change.details['version'] === 'number' ? change.details['version'] : null;
          return (
            <Timeline.Item key={change.id} role="listitem" title={KNOWN_ACTIONS.has(change.action) ? t(`staff.history.${change.action}` as MessageId) : change.action}>
              <Text size="xs" c="dimmed">
                {moment(change.at)}
                {version !== null && ` · ${t('staff.partnership.versionN', { version })}`}
              </Text>
              {reason && <Text size="sm">{t('staff.history.reason', { reason })}</Text>}
            </Timeline.Item>
          );
        })}
      </Timeline>
      <CursorPager label={t('staff.partnership.historyPages')} cursor={cursor} nextCursor={history.data?.nextCursor} go={setCursor} />
    </Stack>
  );
}
