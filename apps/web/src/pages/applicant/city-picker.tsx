import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { cityQuery, citySearchQuery } from '../directory/directory-queries';

export interface PickedCity {
  id: string;
  countryCode: string;
}

/**
 * A city picked from the directory's gazetteer by typing its name. Options name the
 * state or region too: several cities share a name (Portland, Oregon and Maine).
 */
export function CityPicker(props: {
  label: string;
  value: string | null;
  error?: string;
  required?: boolean;
  /** A button that clears the choice, with this accessible name (a filter's city). */
  clearLabel?: string;
  placeholder?: string;
  onChange(city: PickedCity | null): void;
}) {
  const [typed, setTyped] = useState('');
  const found = useQuery(citySearchQuery(typed));
  const chosen = useQuery(cityQuery(props.value ?? undefined));
  const cities = useMemo(() => {
    const all = [...(chosen.data ? [chosen.data] : []), ...(found.data?.items ?? [])];
    return new Map(all.map((city) => [city.id, city]));
  }, [found.data, chosen.data]);
  // A lettered region (a US state: GA, OR) tells same-named cities apart; numeric
  // gazetteer codes (Japan's prefectures are 01–47) would only puzzle people.
  const options = [...cities.values()].map((city) => ({
    value: city.id,
    label: `${city.name}${city.regionCode && /^[A-Z]{2,3}$/.test(city.regionCode) ? `, ${city.regionCode}` : ''} (${city.countryCode})`,
  }));
  return (
    <Select
      label={props.label}
      required={props.required}
      placeholder={props.placeholder}
      clearable={props.clearLabel !== undefined}
      clearButtonProps={props.clearLabel ? { 'aria-label': props.clearLabel } : undefined}
      searchable
      data={options}
      value={props.value}
      error={props.error}
      onSearchChange={setTyped}
      onChange={(id) => {
        const city = id ? cities.get(id) : undefined;
        props.onChange(city ? { id: city.id, countryCode: city.countryCode } : null);
      }}
      filter={({ options: all }) => all}
    />
  );
}
