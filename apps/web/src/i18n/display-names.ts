import { useMemo } from 'react';
import { useIntl } from 'react-intl';

/** Country names in the viewer's language, from the browser's own data (`DE` → "Allemagne"). */
export function useCountryName(): (code: string | null | undefined) => string {
  const { locale } = useIntl();
  return useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    return (code) => (code ? (names.of(code.toUpperCase()) ?? code) : '—');
  }, [locale]);
}

/** Language names in the viewer's language (`de` → "German"). */
export function useLanguageName(): (tag: string) => string {
  const { locale } = useIntl();
  return useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
    return (tag) => names.of(tag) ?? tag;
  }, [locale]);
}
