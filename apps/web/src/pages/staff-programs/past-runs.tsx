import { Stack, Title } from '@mantine/core';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { api, unwrap } from '../../api/client';
import { useDateFormats } from '../../i18n/date-formats';
import { useT } from '../../i18n/locale-provider';
import { CursorPagedList, OpenableEntry } from '../../tables/cursor-paged-list';

/** How many runs a page of the list holds. */
const RUNS_PAGE_SIZE = 20;

/** The runs made, previews and committed ones, newest first; "show more" pages by the API's cursor. */
export const pastRunsQuery = () =>
  infiniteQueryOptions({
    queryKey: ['staff', 'matching', 'past'],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(await api.GET('/v1/manage/matching-runs', { params: { query: { limit: RUNS_PAGE_SIZE, cursor: pageParam } }, signal })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

/** The runs made before, each with its season, status, time and figures; choosing one opens it. */
export function PastRuns({ current, onOpen }: { current: string | undefined; onOpen(runId: string): void }): ReactNode {
  const t = useT();
  const { moment } = useDateFormats();
  const past = useInfiniteQuery(pastRunsQuery());
  return (
    <Stack gap="xs" component="section" aria-labelledby="matching-past">
      <Title order={2} size="h3" id="matching-past">
        {t('staffMatching.past.title')}
      </Title>
      <CursorPagedList
        query={past}
        emptyText={t('staffMatching.past.empty')}
        moreLabel={t('staffMatching.past.more')}
        renderItem={(run) => (
          <li key={run.id}>
            <OpenableEntry shown={run.id === current} onOpen={() => onOpen(run.id)}>
              {t('staffMatching.past.entry', {
                season: run.season,
                status: t(run.status === 'committed' ? 'staffMatching.status.committed' : 'staffMatching.status.preview'),
                at: moment(run.committedAt ?? run.createdAt),
                applicants: run.applicants,
                placed: run.placed,
                unplaced: run.unplaced,
              })}
            </OpenableEntry>
          </li>
        )}
      />
    </Stack>
  );
}
