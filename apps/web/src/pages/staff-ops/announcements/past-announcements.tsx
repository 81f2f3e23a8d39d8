import { useInfiniteQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useT } from '../../../i18n/locale-provider';
import { CursorPagedList } from '../../../tables/cursor-paged-list';
import { AnnouncementEntry } from './announcement-entry';
import { pastAnnouncementsQuery } from './announcements-queries';

/** The announcements sent before, newest first, each with its notifications counted by status; "show more" pages by the API's cursor. */
export function PastAnnouncements(): ReactNode {
  const t = useT();
  const past = useInfiniteQuery(pastAnnouncementsQuery());
  return (
    <CursorPagedList
      query={past}
      emptyText={t('ops.empty')}
      moreLabel={t('ops.showMore')}
      gap="xs"
      renderItem={(announcement) => <AnnouncementEntry key={announcement.id} announcement={announcement} />}
    />
  );
}
