import type { JSX } from 'react';
import { Badge, Button, Group, NativeSelect, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { asProblem } from '../../api/problem';
import { ProblemAlert } from '../../forms/problem-alert';
import { useDateFormats } from '../../i18n/date-formats';
import { useT } from '../../i18n/locale-provider';
import type { MessageId } from '../../i18n/locales';
import { AnchorLink } from '../../layout/anchor-link';
import { RowsTable } from './rows-table';
import { listColumnHelper } from '../../tables/list-table';
import { managedProgramsQuery, type ManagedProgram } from './staff-queries';
import type { StaffProgramsSearch } from './staff-search';

const route = getRouteApi('/staff/programs');
const column = listColumnHelper<ManagedProgram>();
export const PROGRAM_STATUSES = ['draft', 'published', 'closed', 'allocated', 'in_progress', 'completed', 'cancelled'] as const;

/** Every program the caller manages, in any status, filtered by status and season (kept in the URL). */
export function StaffProgramsPage(): JSX.Element {
  const t = useT();
  const { moment } = useDateFormats();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const programs = useInfiniteQuery(managedProgramsQuery(search));
  const rows = useMemo(() => programs.data?.pages.flatMap((page) => page.items) ?? [], [programs.data]);
  const setFilter = (next: StaffProgramsSearch) => void navigate({ search: next });

  const columns = useMemo(
    () =>
      column.columns([
        column.accessor('title', {
          header: () => t('staffPrograms.column.title'),
          cell: (info) => (
            <AnchorLink to="/staff/programs/$programId" params={{ programId: info.row.original.id }} size="sm" fw={500}>
              {info.getValue()}
            </AnchorLink>
          ),
        }),
        column.accessor('season', { header: () => t('staffPrograms.column.season') }),
        column.accessor('status', {
          header: () => t('staffPrograms.column.status'),
          cell: (info) => <Badge variant="light">{t(`staffPrograms.status.${info.getValue()}` as MessageId)}</Badge>,
        }),
        column.display({
          id: 'window',
          header: () => t('staffPrograms.column.window'),
          cell: (info) => (
            <Text size="sm">
              {moment(info.row.original.applicationOpensAt)} – {moment(info.row.original.applicationClosesAt)}
            </Text>
          ),
        }),
        column.accessor('capacity', {
          header: () => t('staffPrograms.column.places'),
          cell: (info) => t('staffPrograms.placesShort', { member: info.getValue().member, partner: info.getValue().partner }),
        }),
      ]),
    [t, moment],
  );

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('staffPrograms.title')}</Title>
        <Button component={Link} to="/staff/programs/new">
          {t('staffPrograms.new')}
        </Button>
      </Group>
      <Group align="end">
        <NativeSelect
          label={t('staffPrograms.filter.status')}
          value={search.status ?? ''}
          data={[{ value: '', label: t('staffPrograms.filter.anyStatus') }, ...PROGRAM_STATUSES.map((status) => ({ value: status, label: t(`staffPrograms.status.${status}` as MessageId) }))]}
          onChange={(event) => setFilter({ ...search, status: (event.currentTarget.value || undefined) as StaffProgramsSearch['status'] })}
        />
        <NumberInput
          label={t('staffPrograms.filter.season')}
          w={140}
          min={2000}
          max={2200}
          value={search.season ?? ''}
          onChange={(value) => setFilter({ ...search, season: typeof value === 'number' && value >= 2000 && value <= 2200 ? value : undefined })}
        />
      </Group>
      {programs.isError && <ProblemAlert problem={asProblem(programs.error)} />}
      {programs.isPending ? (
        <Text role="status">{t('common.loading')}</Text>
      ) : (
        <RowsTable
          label={t('staffPrograms.table')}
          rows={rows}
          columns={columns}
          rowKey={(program) => program.id}
          minWidth={760}
          hasMore={programs.hasNextPage}
          loadingMore={programs.isFetchingNextPage}
          onMore={() => void programs.fetchNextPage()}
          empty={t('staffPrograms.empty')}
        />
      )}
    </Stack>
  );
}
