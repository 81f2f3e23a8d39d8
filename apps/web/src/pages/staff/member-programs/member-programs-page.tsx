import type { JSX } from 'react';
import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { AnchorLink } from '../../../layout/anchor-link';
import { useMemo, useState } from 'react';
import type { components } from '../../../api/api-types.generated';
import { asProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useCountryOptions } from '../../../filters/country-options';
import { useCountryName } from '../../../i18n/display-names';
import { useT } from '../../../i18n/locale-provider';
import type { MessageId } from '../../../i18n/locales';
import { CursorPager } from '../cursor-pager';
import { memberProgramsQuery } from '../staff-queries';
import { MEMBERSHIPS, toMemberProgramsQuery, withFilter } from '../staff-search';
import { StaffTable } from '../staff-table';
import { listColumnHelper } from '../../../tables/list-table';
import { StandingBadge } from './standing-badge';

type MemberProgram = components['schemas']['MemberProgram'];
const route = getRouteApi('/staff/member-programs');
const column = listColumnHelper<MemberProgram>();

/** The network's member programs with their standing; the filters live in the URL. */
export function MemberProgramsPage(): JSX.Element {
  const t = useT();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const countryName = useCountryName();
  const countries = useCountryOptions(search.country);
  const [typed, setTyped] = useState(search.q ?? '');
  const applyName = useDebouncedCallback((value: string) => void navigate({ search: withFilter(search, 'q', value.trim()) }), 350);
  const list = useQuery(memberProgramsQuery(toMemberProgramsQuery(search)));

  const columns = useMemo(
    () =>
      column.columns([
        column.accessor('name', {
          header: () => t('staff.memberPrograms.column.name'),
          cell: (info) => (
            <AnchorLink to="/staff/member-programs/$memberProgramId" params={{ memberProgramId: info.row.original.id }} size="sm" fw={500}>
              {info.getValue()}
            </AnchorLink>
          ),
        }),
        column.accessor('city', {
          header: () => t('staff.memberPrograms.column.city'),
          cell: (info) => `${info.getValue().name} (${countryName(info.getValue().countryCode)})`,
        }),
        column.accessor('membership', {
          header: () => t('staff.memberPrograms.column.membership'),
          cell: (info) => t(`staff.membership.${info.getValue()}` as MessageId),
        }),
        column.display({ id: 'standing', header: () => t('staff.memberPrograms.column.standing'), cell: (info) => <StandingBadge program={info.row.original} /> }),
      ]),
    [t, countryName],
  );

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('staff.memberPrograms.title')}</Title>
        <Button component={Link} to="/staff/member-programs/new">
          {t('staff.registerProgram.open')}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} role="search" aria-label={t('staff.filters')}>
        <TextInput
          type="search"
          label={t('staff.memberPrograms.filter.name')}
          value={typed}
          onChange={(event) => {
            setTyped(event.currentTarget.value);
            applyName(event.currentTarget.value);
          }}
        />
        <NativeSelect
          label={t('staff.filter.country')}
          value={search.country ?? ''}
          data={[{ value: '', label: t('staff.filter.any') }, ...countries]}
          onChange={(event) => void navigate({ search: withFilter(search, 'country', event.currentTarget.value) })}
        />
        <NativeSelect
          label={t('staff.memberPrograms.column.membership')}
          value={search.membership ?? ''}
          data={[{ value: '', label: t('staff.filter.any') }, ...MEMBERSHIPS.map((value) => ({ value, label: t(`staff.membership.${value}` as MessageId) }))]}
          onChange={(event) => void navigate({ search: withFilter(search, 'membership', event.currentTarget.value) })}
        />
        <NativeSelect
          label={t('staff.memberPrograms.column.standing')}
          value={search.standing ?? ''}
          data={[
            { value: '', label: t('staff.filter.any') },
            { value: 'good', label: t('staff.standing.good') },
            { value: 'not-good', label: t('staff.standing.notGood') },
          ]}
          onChange={(event) => void navigate({ search: withFilter(search, 'standing', event.currentTarget.value) })}
        />
      </SimpleGrid>
      {list.isError && <ProblemAlert problem={asProblem(list.error)} />}
      <StaffTable label={t('staff.memberPrograms.table')} rows={list.data?.items} columns={columns} empty={t('staff.memberPrograms.empty')} />
      <CursorPager
        key={`${search.q}-${search.country}-${search.membership}-${search.standing}`}
        label={t('staff.pager.label')}
        cursor={search.cursor}
        nextCursor={list.data?.nextCursor}
        go={(cursor) => void navigate({ search: { ...search, cursor } })}
      />
      <Text size="xs" c="dimmed">
        {t('staff.memberPrograms.standingRule')}
      </Text>
    </Stack>
  );
}
