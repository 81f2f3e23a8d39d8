import { Button, Stack, Text, Timeline, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { components } from '../../api/api-types.generated';
import { asProblem } from '../../api/problem';
import { ProblemAlert } from '../../forms/problem-alert';
import { useDateFormats } from '../../i18n/date-formats';
import { useT } from '../../i18n/locale-provider';
import type { MessageId } from '../../i18n/locales';
import { partnershipHistoryQuery } from './agreement-queries';
import { useSideName, type Side } from './side-name';

type Change = components['schemas']['PartnershipChange'];

/** The changes the partnerships service records (`recordChange`, imports); others show their code. */
const KNOWN_ACTIONS = new Set([
  'proposed',
  'approved',
  'terms-amended',
  'amendment-reverted',
  'contacts-changed',
  'suspended',
  'reactivated',
  'termination-proposed',
  'terminated',
  'imported',
  'city-corrected',
]);

/** What one change did, in the viewer's words, with the version it concerns when it names one. */
export function describeChange(change: Change, t: ReturnType<typeof useT>, sideName: (side: Side) => string): string {
  const what = KNOWN_ACTIONS.has(change.action) ? t(`partner.history.${change.action}` as MessageId) : change.action;
  const version = change.details['version'];
  const side = change.details['side'];
  const parts = [what];
  if (typeof version === 'number') parts.push(t('partner.version', { version }));
  if (side === 'member' || side === 'partner') parts.push(sideName(side));
  return parts.join(' · ');
}

/** Every change of the partnership, oldest first, a page at a time; the sides named from `ownSide`'s viewpoint. */
export function PartnershipHistory({ partnershipId, ownSide }: { partnershipId: string; ownSide: Side }) {
  const t = useT();
  const sideName = useSideName(ownSide);
  const { moment } = useDateFormats();
  const history = useInfiniteQuery(partnershipHistoryQuery(partnershipId));
  const changes = history.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Stack gap="xs" component="section" aria-labelledby="history-title">
      <Title order={2} size="h3" id="history-title">
        {t('partner.history.title')}
      </Title>
      {history.isError && <ProblemAlert problem={asProblem(history.error)} />}
      <Timeline bulletSize={12} lineWidth={2}>
        {changes.map((change) => (
          <Timeline.Item key={change.id} title={describeChange(change, t, sideName)}>
            <Text size="xs" c="dimmed">
              {moment(change.at)}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
      {history.hasNextPage && (
        <Button variant="default" size="xs" onClick={() => void history.fetchNextPage()} loading={history.isFetchingNextPage} style={{ alignSelf: 'start' }}>
          {t('partner.more')}
        </Button>
      )}
    </Stack>
  );
}
