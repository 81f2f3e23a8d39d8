import type { JSX } from 'react';
import { Stack, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useDateFormats } from '../../../i18n/date-formats';
import { useT } from '../../../i18n/locale-provider';
import { CursorPagedList, OpenableEntry } from '../../../tables/cursor-paged-list';
import { pastImportsQuery } from './imports-queries';

/** While an import listed runs, the list is asked again for its status and counts. */
const RUNNING_POLL_MS = 2_000;

/** The imports started before, newest first, each with who started it and its counts; "show more" pages by the API's cursor. */
export function PastImports({ current, onOpen }: { current: string | undefined; onOpen(importId: string): void }): JSX.Element {
  const t = useT();
  const { moment } = useDateFormats();
  const past = useInfiniteQuery({
    ...pastImportsQuery(),
    refetchInterval: (query) => (query.state.data?.pages.some((page) => page.items.some((item) => item.status === 'running')) ? RUNNING_POLL_MS : false),
  });
  return (
    <Stack gap="xs" component="section" aria-labelledby="imports-past">
      <Title order={2} size="h3" id="imports-past">
        {t('ops.imports.past.title')}
      </Title>
      <CursorPagedList
        query={past}
        emptyText={t('ops.imports.past.empty')}
        moreLabel={t('ops.showMore')}
        renderItem={(job) => (
          <li key={job.id} data-import={job.id}>
            <OpenableEntry shown={job.id === current} onOpen={() => onOpen(job.id)}>
              {t('ops.imports.past.entry', {
                file: job.fileName ?? '—',
                at: moment(job.startedAt),
                by: job.createdByEmail ?? '—',
                preview: String(job.dryRun),
                status: t(`ops.imports.status.${job.status}`),
                created: job.createdCount,
                unchanged: job.unchangedCount,
                unmatched: job.unmatchedCount,
              })}
            </OpenableEntry>
          </li>
        )}
      />
    </Stack>
  );
}
