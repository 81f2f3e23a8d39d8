import type { JSX } from 'react';
import { Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useCallback } from 'react';
import { asProblem } from '../../api/problem';
import { ProblemAlert } from '../../forms/problem-alert';
import { useT } from '../../i18n/locale-provider';
import { DirectoryFilters } from './directory-filters';
import { directoryPageQuery } from './directory-queries';
import { DIRECTORY_PAGE_SIZE, toDirectoryQuery, withFilter, type DirectorySearch } from './directory-search';
import { DirectoryTable } from './directory-table';

const route = getRouteApi('/');

/** The public directory of partnerships: the first page a visitor opens. */
export function DirectoryPage(): JSX.Element {
  const t = useT();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const result = useQuery(directoryPageQuery(toDirectoryQuery(search)));
  const go = useCallback((next: DirectorySearch) => void navigate({ search: next, replace: false }), [navigate]);
  const onMemberProgram = useCallback((program: { id: string }) => go(withFilter(search, 'memberProgram', program.id)), [go, search]);

  const total = result.data?.total ?? 0;
  const memberProgramName = search.memberProgram ? result.data?.items.find((entry) => entry.memberProgram?.id === search.memberProgram)?.memberProgram?.name : undefined;

  return (
    <Stack gap="md">
      <div>
        <Title order={1}>{t('directory.title')}</Title>
        <Text c="dimmed">{t('directory.intro')}</Text>
      </div>
      <DirectoryFilters
        search={search}
        memberProgramName={memberProgramName}
        onFilter={(key, value) => go(withFilter(search, key, value))}
        onSort={(sort) => go({ ...search, sort: sort === 'city' ? undefined : sort, page: undefined })}
        onClear={() => go({ sort: search.sort })}
      />
      <Group gap="xs" role="status" aria-live="polite">
        <Text fw={500}>{result.data ? t('directory.results', { total }) : t('common.loading')}</Text>
        {result.isFetching && <Loader size="xs" aria-hidden />}
      </Group>
      {result.isError && !result.data && <ProblemAlert problem={asProblem(result.error)} />}
      <DirectoryTable
        entries={result.data?.items}
        total={total}
        pagination={{ pageIndex: (search.page ?? 1) - 1, pageSize: DIRECTORY_PAGE_SIZE }}
        onPaginationChange={(next) => go({ ...search, page: next.pageIndex > 0 ? next.pageIndex + 1 : undefined })}
        onMemberProgram={onMemberProgram}
      />
    </Stack>
  );
}
