import { Button, CloseButton, Group, NativeSelect, Pill, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useCountryOptions } from '../../filters/country-options';
import { useT } from '../../i18n/locale-provider';
import type { MessageId } from '../../i18n/locales';
import { cityQuery, citySearchQuery, directoryStatisticsQuery } from './directory-queries';
import { DIRECTORY_SORTS, hasFilters, type DirectorySearch, type FILTER_KEYS } from './directory-search';

export interface DirectoryFiltersProps {
  search: DirectorySearch;
  /** The member program's name, when the filter is on (from the rows, which all carry it). */
  memberProgramName: string | undefined;
  onFilter(key: (typeof FILTER_KEYS)[number], value: string | undefined): void;
  onSort(sort: DirectorySearch['sort']): void;
  onClear(): void;
}

/** The directory's filters. Every change goes to the URL at once (the text after a pause in typing). */
export function DirectoryFilters({ search, memberProgramName, onFilter, onSort, onClear }: DirectoryFiltersProps) {
  const t = useT();
  const [text, setText] = useState(search.q ?? '');
  const applyText = useDebouncedCallback((value: string) => onFilter('q', value.trim() || undefined), 350);

  const countries = useCountryOptions(search.country);
  const regional = useQuery({ ...directoryStatisticsQuery(search.country), enabled: search.country !== undefined });
  const regions = (regional.data?.byMemberRegion ?? []).flatMap((row) => (row.regionCode ? [row.regionCode] : [])).sort();

  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" role="search" aria-label={t('directory.filters')}>
      <TextInput
        label={t('directory.search.label')}
        placeholder={t('directory.search.placeholder')}
        value={text}
        type="search"
        onChange={(event) => {
          setText(event.currentTarget.value);
          applyText(event.currentTarget.value);
        }}
      />
      <NativeSelect
        label={t('directory.country.label')}
        value={search.country ?? ''}
        data={[{ value: '', label: t('directory.country.any') }, ...countries]}
        onChange={(event) => onFilter('country', event.currentTarget.value || undefined)}
      />
      <NativeSelect
        label={t('directory.region.label')}
        value={search.region ?? ''}
        disabled={!search.country || regions.length === 0}
        data={[{ value: '', label: t('directory.region.any') }, ...regions]}
        onChange={(event) => onFilter('region', event.currentTarget.value || undefined)}
      />
      <CityFilter cityId={search.city} onChange={(city) => onFilter('city', city)} />
      <NativeSelect
        label={t('directory.sort.label')}
        value={search.sort ?? 'city'}
        data={DIRECTORY_SORTS.map((sort) => ({ value: sort, label: t(`directory.sort.${sort}` as MessageId) }))}
        onChange={(event) => onSort(event.currentTarget.value as DirectorySearch['sort'])}
      />
      <Group align="end" gap="xs">
        {search.memberProgram && (
          <Pill size="lg" withRemoveButton removeButtonProps={{ 'aria-label': t('directory.memberProgram.clear') }} onRemove={() => onFilter('memberProgram', undefined)}>
            {t('directory.memberProgram.label')}: {memberProgramName ?? '…'}
          </Pill>
        )}
        {hasFilters(search) && (
          <Button
            variant="default"
            onClick={() => {
              setText('');
              onClear();
            }}
          >
            {t('directory.filters.clear')}
          </Button>
        )}
      </Group>
    </SimpleGrid>
  );
}

/** A city picked by typing its name (`GET /v1/cities`); the URL keeps its id. */
function CityFilter({ cityId, onChange }: { cityId: string | undefined; onChange(cityId: string | undefined): void }) {
  const t = useT();
  const [typed, setTyped] = useState('');
  const found = useQuery(citySearchQuery(typed));
  const chosen = useQuery(cityQuery(cityId));
  const options = useMemo(() => {
    const cities = [...(chosen.data ? [chosen.data] : []), ...(found.data?.items ?? [])];
    const unique = new Map(cities.map((city) => [city.id, { value: city.id, label: `${city.name} (${city.countryCode})` }]));
    return [...unique.values()];
  }, [found.data, chosen.data]);
  return (
    <Select
      label={t('directory.city.label')}
      placeholder={t('directory.city.placeholder')}
      searchable
      data={options}
      value={cityId ?? null}
      onSearchChange={setTyped}
      onChange={(value) => onChange(value ?? undefined)}
      nothingFoundMessage={typed.length >= 2 && !found.isFetching ? '—' : undefined}
      rightSection={cityId ? <CloseButton size="sm" aria-label={t('directory.city.clear')} onClick={() => onChange(undefined)} /> : undefined}
      filter={({ options: all }) => all}
    />
  );
}
