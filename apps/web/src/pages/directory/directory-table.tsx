import { Anchor, Center, Pagination, Text } from '@mantine/core';
import { createColumnHelper, rowPaginationFeature, tableFeatures, useTable, type PaginationState } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { components } from '../../api/api-types.generated';
import { useDateFormats } from '../../i18n/date-formats';
import { useCountryName } from '../../i18n/display-names';
import { useT } from '../../i18n/locale-provider';
import type { MessageId } from '../../i18n/locales';
import { TableMarkup } from '../../tables/table-markup';

type Entry = components['schemas']['DirectoryEntry'];
type City = components['schemas']['DirectoryCity'];

const features = tableFeatures({ rowPaginationFeature });
const column = createColumnHelper<typeof features, Entry>();
const NO_ROWS: Entry[] = [];

export interface DirectoryTableProps {
  entries: Entry[] | undefined;
  total: number;
  pagination: PaginationState;
  onPaginationChange(next: PaginationState): void;
  onMemberProgram(program: { id: string; name: string }): void;
}

/**
 * One page of the directory. The server pages (TanStack Table in manual mode: it knows
 * the total and the page, the API did the slicing); the page number lives in the URL.
 */
export function DirectoryTable({ entries, total, pagination, onPaginationChange, onMemberProgram }: DirectoryTableProps) {
  const t = useT();
  const countryName = useCountryName();
  const { day } = useDateFormats();
  // Region codes mean something to readers only for US states ("GA"); elsewhere they are GeoNames numbers.
  const place = (city: City) => [city.regionCode && city.countryCode === 'US' ? city.regionCode : null, countryName(city.countryCode)].filter(Boolean).join(', ');

  const columns = useMemo(
    () =>
      column.columns([
        column.accessor('memberCity', {
          header: () => t('directory.column.memberCity'),
          cell: (info) => <CityCell name={info.getValue().name} place={place(info.getValue())} />,
        }),
        column.accessor('partnerCity', {
          header: () => t('directory.column.partnerCity'),
          cell: (info) => <CityCell name={info.getValue().name} place={place(info.getValue())} />,
        }),
        column.accessor('kind', {
          header: () => t('directory.column.kind'),
          cell: (info) => t(`directory.kind.${info.getValue()}` as MessageId),
        }),
        column.accessor('startDate', {
          header: () => t('directory.column.since'),
          cell: (info) => {
            const date = info.getValue();
            return date ? day(date) : '—';
          },
        }),
        column.accessor('memberProgram', {
          header: () => t('directory.column.memberProgram'),
          cell: (info) => {
            const program = info.getValue();
            if (!program) return '—';
            return (
              <Anchor component="button" type="button" size="sm" onClick={() => onMemberProgram(program)} aria-label={t('directory.filterByProgram', { name: program.name })}>
                {program.name}
              </Anchor>
            );
          },
        }),
      ]),
    // `place` is rebuilt with `countryName`, that is with the language.
    [t, countryName, day, onMemberProgram],
  );

  const table = useTable({
    features,
    columns,
    data: entries ?? NO_ROWS,
    getRowId: (entry) => entry.id,
    rowCount: total,
    manualPagination: true,
    state: { pagination },
    onPaginationChange: (updater) => onPaginationChange(typeof updater === 'function' ? updater(pagination) : updater),
  });

  return (
    <>
      <TableMarkup table={table} label={t('directory.table.label')} minWidth={720} />
      <Center component="nav" aria-label={t('directory.pages')} mt="md">
        <Pagination
          total={Math.max(1, table.getPageCount())}
          value={pagination.pageIndex + 1}
          onChange={(page) => table.setPageIndex(page - 1)}
          getControlProps={(control) =>
            control === 'previous' ? { 'aria-label': t('directory.previousPage') } : control === 'next' ? { 'aria-label': t('directory.nextPage') } : {}
          }
          siblings={1}
          boundaries={1}
          size="sm"
        />
      </Center>
    </>
  );
}

function CityCell({ name, place }: { name: string; place: string }) {
  return (
    <>
      <Text size="sm" fw={500}>
        {name}
      </Text>
      <Text size="xs" c="dimmed">
        {place}
      </Text>
    </>
  );
}
