import type { JSX } from 'react';
import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { AnchorLink } from '../../../layout/anchor-link';
import { useMemo } from 'react';
import type { components } from '../../../api/api-types.generated';
import { asProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useCountryOptions } from '../../../filters/country-options';
import { useDateFormats } from '../../../i18n/date-formats';
import { useCountryName } from '../../../i18n/display-names';
import { useT } from '../../../i18n/locale-provider';
import type { MessageId } from '../../../i18n/locales';
import { CursorPager } from '../cursor-pager';
import { partnershipsQuery } from '../staff-queries';
import { PARTNERSHIP_STATUSES, toPartnershipsQuery, withFilter } from '../staff-search';
import { StaffTable } from '../staff-table';
import { listColumnHelper } from '../../../tables/list-table';
import { PartnershipStatusBadge } from './partnership-status-badge';

type Summary = components['schemas']['PartnershipSummary'];
const route = getRouteApi('/staff/partnerships');
const column = listColumnHelper<Summary>();

/** Staff's partnerships: every status, filtered in the URL, paged by the API's cursor. */
export function PartnershipsPage(): JSX.Element {
  const t = useT();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const countryName = useCountryName();
  const { moment } = useDateFormats();
  const countries = useCountryOptions(search.country);
  const list = useQuery(partnershipsQuery(toPartnershipsQuery(search)));

  const columns = useMemo(
    () =>
      column.columns([
        column.accessor('memberCity', {
          header: () => t('staff.partnerships.column.memberCity'),
          cell: (info) => (
            <AnchorLink to="/staff/partnerships/$partnershipId" params={{ partnershipId: info.row.original.id }} size="sm" fw={500}>
              {info.getValue().name}
            </AnchorLink>
          ),
        }),
        column.accessor('partnerCity', {
          header: () => t('staff.partnerships.column.partnerCity'),
          cell: (info) => `${info.getValue().name} (${countryName(info.getValue().countryCode)})`,
        }),
        column.accessor('status', { header: () => t('staff.partnerships.column.status'), cell: (info) => <PartnershipStatusBadge status={info.getValue()} /> }),
        column.accessor('currentVersion', { header: () => t('staff.partnerships.column.version'), cell: (info) => info.getValue() }),
        column.accessor('updatedAt', { header: () => t('staff.partnerships.column.updated'), cell: (info) => moment(info.getValue()) }),
      ]),
    [t, countryName, moment],
  );

  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>{t('staff.partnerships.title')}</Title>
        <Button component={Link} to="/staff/partnerships/new">
          {t('staff.partnerships.propose')}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} role="search" aria-label={t('staff.filters')}>
        <NativeSelect
          label={t('staff.partnerships.filter.status')}
          value={search.status ?? ''}
          data={[{ value: '', label: t('staff.filter.any') }, ...PARTNERSHIP_STATUSES.map((status) => ({ value: status, label: t(`staff.partnership.status.${status}` as MessageId) }))]}
          onChange={(event) => void navigate({ search: withFilter(search, 'status', event.currentTarget.value) })}
        />
        <NativeSelect
          label={t('staff.filter.country')}
          value={search.country ?? ''}
          data={[{ value: '', label: t('staff.filter.any') }, ...countries]}
          onChange={(event) => void navigate({ search: withFilter(search, 'country', event.currentTarget.value) })}
        />
      </SimpleGrid>
      {list.isError && <ProblemAlert problem={asProblem(list.error)} />}
      <StaffTable label={t('staff.partnerships.table')} rows={list.data?.items} columns={columns} empty={t('staff.partnerships.empty')} />
      <CursorPager
        key={`${search.status}-${search.country}-${search.memberProgram}`}
        label={t('staff.pager.label')}
        cursor={search.cursor}
        nextCursor={list.data?.nextCursor}
        go={(cursor) => void navigate({ search: { ...search, cursor } })}
      />
      {search.memberProgram && (
        <Text size="sm">
          <AnchorLink to="/staff/partnerships" search={withFilter(search, 'memberProgram', undefined)}>
            {t('staff.partnerships.allPrograms')}
          </AnchorLink>
        </Text>
      )}
    </Stack>
  );
}
