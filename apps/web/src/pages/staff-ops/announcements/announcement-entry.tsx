import { Card, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useDateFormats } from '../../../i18n/date-formats';
import { useT } from '../../../i18n/locale-provider';
import type { MessageId } from '../../../i18n/locales';
import type { AnnouncementRecord } from './announcements-queries';

type CountKey = keyof AnnouncementRecord['notifications'];
/** The statuses shown, in the order a notification passes them (sent: handed to the mail relay). */
const SHOWN: Array<[CountKey, MessageId]> = [
  ['total', 'ops.announcements.count.total'],
  ['queued', 'ops.announcements.count.queued'],
  ['sent', 'ops.announcements.count.sent'],
  ['delivered', 'ops.announcements.count.delivered'],
  ['failed', 'ops.announcements.count.failed'],
  ['filtered', 'ops.announcements.count.filtered'],
  ['cancelled', 'ops.announcements.count.cancelled'],
];

/** One announcement sent: its title, who sent it when and to whom, and where its notifications stand. */
export function AnnouncementEntry({ announcement }: { announcement: AnnouncementRecord }): ReactNode {
  const t = useT();
  const { moment } = useDateFormats();
  const { notifications } = announcement;
  return (
    <Card component="li" withBorder padding="sm" data-announcement={announcement.id}>
      <Stack gap={4}>
        <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
          {announcement.title}
        </Text>
        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {t('ops.announcements.sentBy', { at: moment(announcement.sentAt), by: announcement.sentByEmail ?? '—' })} ·{' '}
          {announcement.audience ? t(`ops.announcements.audience.${announcement.audience}`) : t('ops.announcements.audience.unknown')}
        </Text>
        <Group component="dl" gap="md" m={0}>
          {SHOWN.filter(([key]) => key === 'total' || key === 'queued' || key === 'delivered' || key === 'failed' || notifications[key] > 0).map(([key, label]) => (
            <Group key={key} gap={4} wrap="nowrap">
              <Text component="dt" size="xs" c="dimmed">
                {t(label)}
              </Text>
              <Text component="dd" size="sm" fw={700} m={0} data-count={key}>
                {notifications[key]}
              </Text>
            </Group>
          ))}
        </Group>
      </Stack>
    </Card>
  );
}
