import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { api, unwrap } from '../../api/client';
import { asProblem } from '../../api/problem';
import { ProblemAlert } from '../../forms/problem-alert';
import { useDateFormats } from '../../i18n/date-formats';
import { useT } from '../../i18n/locale-provider';

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
  const runs = past.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Stack gap="xs" component="section" aria-labelledby="matching-past">
      <Title order={2} size="h3" id="matching-past">
        {t('staffMatching.past.title')}
      </Title>
      {past.isError && <ProblemAlert problem={asProblem(past.error)} />}
      {past.data && runs.length === 0 && <Text c="dimmed">{t('staffMatching.past.empty')}</Text>}
      <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {runs.map((run) => (
          <li key={run.id}>
            <Anchor
              component="button"
              type="button"
              onClick={() => onOpen(run.id)}
              aria-current={run.id === current ? 'true' : undefined}
              fw={run.id === current ? 700 : undefined}
              style={{ textAlign: 'start', overflowWrap: 'anywhere' }}
            >
              {t('staffMatching.past.entry', {
                season: run.season,
                status: t(run.status === 'committed' ? 'staffMatching.status.committed' : 'staffMatching.status.preview'),
                at: moment(run.committedAt ?? run.createdAt),
                applicants: run.applicants,
                placed: run.placed,
                unplaced: run.unplaced,
              })}
            </Anchor>
          </li>
        ))}
      </Stack>
      {past.hasNextPage && (
        <Group>
          <Button variant="default" size="xs" onClick={() => void past.fetchNextPage()} loading={past.isFetchingNextPage}>
            {t('staffMatching.past.more')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
