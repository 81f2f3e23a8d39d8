import { Button, Group, Stack, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { asProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useT } from '../../../i18n/locale-provider';
import { AnnouncementEntry } from './announcement-entry';
import { pastAnnouncementsQuery } from './announcements-queries';

/** The announcements sent before, newest first, each with its notifications counted by status; "show more" pages by the API's cursor. */
export function PastAnnouncements(): ReactNode {
  const t = useT();
  const past = useInfiniteQuery(pastAnnouncementsQuery());
  const announcements = past.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      {past.isError && <ProblemAlert problem={asProblem(past.error)} />}
      {past.data && announcements.length === 0 && <Text c="dimmed">{t('ops.empty')}</Text>}
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {announcements.map((announcement) => (
          <AnnouncementEntry key={announcement.id} announcement={announcement} />
        ))}
      </Stack>
      {past.hasNextPage && (
        <Group>
          <Button variant="default" size="xs" onClick={() => void past.fetchNextPage()} loading={past.isFetchingNextPage}>
            {t('ops.showMore')}
          </Button>
        </Group>
      )}
    </>
  );
}
