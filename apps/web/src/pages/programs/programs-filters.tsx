import type { JSX } from 'react';
import { Button, NativeSelect, NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useCountryOptions } from '../../filters/country-options';
import { useLanguageName } from '../../i18n/display-names';
import { useT } from '../../i18n/locale-provider';
import type { MessageId } from '../../i18n/locales';
import { CityPicker } from '../applicant/city-picker';
import { CATEGORIES, COMMON_LANGUAGES, hasProgramFilters, type ProgramsSearch } from './programs-search';

export interface ProgramsFiltersProps {
  search: ProgramsSearch;
  onChange(next: ProgramsSearch): void;
}

/** The catalogue's filters; every change goes to the URL (the age after a pause in typing). */
export function ProgramsFilters({ search, onChange }: ProgramsFiltersProps): JSX.Element {
  const t = useT();
  const set = <K extends keyof ProgramsSearch>(key: K, value: ProgramsSearch[K]) => onChange({ ...search, [key]: value });
  const countries = useCountryOptions(search.country);
  const languages = useLanguageOptions(search.language);
  const [age, setAge] = useState<string | number>(search.age ?? '');
  const applyAge = useDebouncedCallback((value: string | number) => set('age', typeof value === 'number' ? value : undefined), 350);

  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" role="search" aria-label={t('directory.filters')}>
      <NativeSelect
        label={t('programs.category.label')}
        value={search.category ?? ''}
        data={[{ value: '', label: t('programs.category.any') }, ...CATEGORIES.map((value) => ({ value, label: t(`category.${value}` as MessageId) }))]}
        onChange={(event) => set('category', (event.currentTarget.value || undefined) as ProgramsSearch['category'])}
      />
      <NativeSelect
        label={t('programs.country.label')}
        value={search.country ?? ''}
        data={[{ value: '', label: t('directory.country.any') }, ...countries]}
        onChange={(event) => set('country', event.currentTarget.value || undefined)}
      />
      <CityPicker
        label={t('programs.city.label')}
        placeholder={t('directory.city.placeholder')}
        clearLabel={t('directory.city.clear')}
        value={search.city ?? null}
        onChange={(city) => set('city', city?.id)}
      />
      <NativeSelect
        label={t('programs.language.label')}
        value={search.language ?? ''}
        data={[{ value: '', label: t('programs.language.any') }, ...languages]}
        onChange={(event) => set('language', event.currentTarget.value || undefined)}
      />
      <TextInput
        type="date"
        label={t('programs.travelFrom.label')}
        value={search.travelFrom ?? ''}
        max={search.travelTo}
        onChange={(event) => set('travelFrom', event.currentTarget.value || undefined)}
      />
      <TextInput
        type="date"
        label={t('programs.travelTo.label')}
        value={search.travelTo ?? ''}
        min={search.travelFrom}
        onChange={(event) => set('travelTo', event.currentTarget.value || undefined)}
      />
      <NumberInput
        label={t('programs.age.label')}
        description={t('programs.age.description')}
        min={0}
        max={120}
        allowDecimal={false}
        allowNegative={false}
        clampBehavior="strict"
        value={age}
        onChange={(value) => {
          setAge(value);
          applyAge(value);
        }}
      />
      {hasProgramFilters(search) && (
        <Button
          variant="default"
          style={{ alignSelf: 'end' }}
          onClick={() => {
            setAge('');
            onChange({});
          }}
        >
          {t('directory.filters.clear')}
        </Button>
      )}
    </SimpleGrid>
  );
}

/** The common languages and the one in the URL, named in the viewer's language and sorted by that name. */
function useLanguageOptions(keep: string | undefined): Array<{ value: string; label: string }> {
  const languageName = useLanguageName();
  const tags = new Set<string>(COMMON_LANGUAGES);
  if (keep) tags.add(keep);
  return [...tags].map((tag) => ({ value: tag, label: languageName(tag) })).sort((a, b) => a.label.localeCompare(b.label));
}
