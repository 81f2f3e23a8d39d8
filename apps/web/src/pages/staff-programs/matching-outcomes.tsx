import { Group, List, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo } from 'react';
import { asProblem } from '../../api/problem';
import { ProblemAlert } from '../../forms/problem-alert';
import { useT } from '../../i18n/locale-provider';
import type { MessageId } from '../../i18n/locales';
import { explanationMessage } from '../applicant/applications/explanation';
import { RowsTable } from './rows-table';
import { listColumnHelper } from '../../tables/list-table';
import { matchingOutcomesQuery, type MatchingOutcome } from './staff-queries';
import type { MatchingSearch } from './staff-search';

const route = getRouteApi('/staff/matching');
const column = listColumnHelper<MatchingOutcome>();

/**
 * Every applicant's outcome in a run: where they are placed, and for each choice above it
 * why not (the applicant's own page words the same explanations for them). Filtered by
 * placed or not and by program, in the URL; the API pages by cursor.
 */
export function MatchingOutcomes({ runId, title, programIds }: { runId: string; title(id: string): string; programIds: string[] }) {
  const t = useT();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const outcomes = useInfiniteQuery(matchingOutcomesQuery(runId, { placed: search.placed, program: search.program }));
  const rows = useMemo(() => outcomes.data?.pages.flatMap((page) => page.items) ?? [], [outcomes.data]);
  const setFilter = (next: Partial<MatchingSearch>) => void navigate({ search: { ...search, ...next } });

  const columns = useMemo(
    () =>
      column.columns([
        column.accessor('applicantId', {
          header: () => t('staffMatching.column.applicant'),
          cell: (info) => (
            <>
              <Text size="sm" ff="monospace">
                {info.getValue().slice(0, 8)}
              </Text>
              <Text size="xs" c="dimmed">
                {t(`staffMatching.side.${info.row.original.side}` as MessageId)} · {t('staffMatching.lottery', { number: info.row.original.lotteryNumber })}
              </Text>
            </>
          ),
        }),
        column.accessor('placement', {
          header: () => t('staffMatching.column.placement'),
          cell: (info) => {
            const placement = info.getValue();
            return placement ? (
              <Text size="sm">{t('staffMatching.placedIn', { program: title(placement.exchangeProgramId), rank: placement.choiceRank })}</Text>
            ) : (
              <Text size="sm" fw={500}>
                {t('staffMatching.notPlaced')}
              </Text>
            );
          },
        }),
        column.accessor('explanations', {
          header: () => t('staffMatching.column.why'),
          cell: (info) =>
            info.getValue().length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('staffMatching.firstChoiceObtained')}
              </Text>
            ) : (
              <List size="sm">
                {info.getValue().map((entry) => {
                  const { id, values } = explanationMessage(entry.explanation);
                  return (
                    <List.Item key={entry.exchangeProgramId}>
                      {t('staffMatching.choiceWhy', { rank: entry.choiceRank, program: title(entry.exchangeProgramId) })}{' '}
                      {t(`staffMatching.${id}` as MessageId, values)}
                    </List.Item>
                  );
                })}
              </List>
            ),
        }),
      ]),
    [t, title],
  );

  return (
    <Stack>
      <Title order={3} size="h4">
        {t('staffMatching.outcomes')}
      </Title>
      <Group align="end">
        <NativeSelect
          label={t('staffMatching.filter.placed')}
          value={search.placed ?? ''}
          onChange={(event) => setFilter({ placed: (event.currentTarget.value || undefined) as MatchingSearch['placed'] })}
          data={[
            { value: '', label: t('staffMatching.filter.everyone') },
            { value: 'yes', label: t('staffMatching.filter.placedOnly') },
            { value: 'no', label: t('staffMatching.filter.unplacedOnly') },
          ]}
        />
        <NativeSelect
          label={t('staffMatching.filter.program')}
          value={search.program ?? ''}
          onChange={(event) => setFilter({ program: event.currentTarget.value || undefined })}
          data={[{ value: '', label: t('staffMatching.filter.anyProgram') }, ...programIds.map((id) => ({ value: id, label: title(id) }))]}
        />
      </Group>
      {outcomes.isError && <ProblemAlert problem={asProblem(outcomes.error)} />}
      {outcomes.isPending ? (
        <Text role="status">{t('common.loading')}</Text>
      ) : (
        <RowsTable
          label={t('staffMatching.table')}
          rows={rows}
          columns={columns}
          rowKey={(outcome) => outcome.applicationId}
          minWidth={760}
          hasMore={outcomes.hasNextPage}
          loadingMore={outcomes.isFetchingNextPage}
          onMore={() => void outcomes.fetchNextPage()}
          empty={t('staffMatching.noOutcomes')}
        />
      )}
    </Stack>
  );
}
