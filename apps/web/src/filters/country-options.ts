import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useCountryName } from '../i18n/display-names';
import { directoryStatisticsQuery } from '../pages/directory/directory-queries';

/**
 * The countries worth offering in a filter: those with a partnership in force, on either
 * side (from the directory's statistics), named in the viewer's language and sorted by
 * that name. `keep` stays in the list even when it has none (a country from the URL).
 */
export function useCountryOptions(keep?: string): Array<{ value: string; label: string }> {
  const countryName = useCountryName();
  const statistics = useQuery(directoryStatisticsQuery());
  return useMemo(() => {
    const rows = [...(statistics.data?.byMemberCountry ?? []), ...(statistics.data?.byPartnerCountry ?? [])];
    const codes = new Set(rows.map((row) => row.countryCode));
    if (keep) codes.add(keep);
    return [...codes].map((code) => ({ value: code, label: countryName(code) })).sort((a, b) => a.label.localeCompare(b.label));
  }, [statistics.data, keep, countryName]);
}
