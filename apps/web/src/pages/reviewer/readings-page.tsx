import type { JSX } from 'react';
import { Badge, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo } from 'react';
import { asProblem } from '../../api/problem';
import { ProblemAlert } from '../../forms/problem-alert';
import { useDateFormats } from '../../i18n/date-formats';
import { useT } from '../../i18n/locale-provider';
import type { MessageId } from '../../i18n/locales';
import { AnchorLink } from '../../layout/anchor-link';
import { RowsTable } from '../staff-programs/rows-table';
import { listColumnHelper } from '../../tables/list-table';
import { readerApplicantName, readingsQuery, type ReadingState, type ReadingSummary } from './reviewer-queries';

const route = getRouteApi('/review');
const column = listColumnHelper<ReadingSummary>();
const STATES: ReadingState[] = ['open', 'scored', 'conflict'];

/** The reviewer's readings, open and done, filtered by state (in the URL). */
export function ReadingsPage(): JSX.Element {
  const t = useT();
  const { moment } = useDateFormats();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const readings = useInfiniteQuery(readingsQuery(search.state));
  const rows = useMemo(() => readings.data?.pages.flatMap((page) => page.items) ?? [], [readings.data]);

  const columns = useMemo(
    () =>
      column.columns([
        column.accessor('applicant', {
          header: () => t('review.column.applicant'),
          cell: (info) => (
            <AnchorLink
              to="/review/$applicationId/$exchangeProgramId"
              params={{ applicationId: info.row.original.applicationId, exchangeProgramId: info.row.original.exchangeProgramId }}
              size="sm"
              fw={500}
            >
              {readerApplicantName(info.getValue())}
            </AnchorLink>
          ),
        }),
        column.accessor('programTitle', { header: () => t('review.column.program') }),
        column.accessor('round', {
          header: () => t('review.column.round'),
          cell: (info) => (info.row.original.applicant.blind ? t('review.roundBlind', { round: info.getValue() }) : t('review.round', { round: info.getValue() })),
        }),
        column.accessor('state', {
          header: () => t('review.column.state'),
          cell: (info) => <Badge variant="light">{t(`staffReview.reading.${info.getValue()}` as MessageId)}</Badge>,
        }),
        column.accessor('assignedAt', { header: () => t('review.column.assigned'), cell: (info) => moment(info.getValue()) }),
      ]),
    [t, moment],
  );

  return (
    <Stack>
      <Title order={1}>{t('review.title')}</Title>
      <NativeSelect
        label={t('review.filter')}
        maw={260}
        value={search.state ?? ''}
        onChange={(event) => void navigate({ search: { state: (event.currentTarget.value || undefined) as ReadingState | undefined } })}
        data={[{ value: '', label: t('review.filter.all') }, ...STATES.map((state) => ({ value: state, label: t(`staffReview.reading.${state}` as MessageId) }))]}
      />
      {readings.isError && <ProblemAlert problem={asProblem(readings.error)} />}
      {readings.isPending ? (
        <Text role="status">{t('common.loading')}</Text>
      ) : (
        <RowsTable
          label={t('review.table')}
          rows={rows}
          columns={columns}
          rowKey={(reading) => `${reading.applicationId}/${reading.exchangeProgramId}`}
          minWidth={680}
          hasMore={readings.hasNextPage}
          loadingMore={readings.isFetchingNextPage}
          onMore={() => void readings.fetchNextPage()}
          empty={t('review.empty')}
        />
      )}
    </Stack>
  );
}
