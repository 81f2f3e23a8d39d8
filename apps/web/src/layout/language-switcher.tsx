import { NativeSelect } from '@mantine/core';
import { useLocale, useT } from '../i18n/locale-provider';
import { isLocale, LOCALE_NAMES, LOCALES } from '../i18n/locales';

/** A native select: keyboard and screen readers work with it as with any form control. */
export function LanguageSwitcher() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  return (
    <NativeSelect
      aria-label={t('language.label')}
      size="xs"
      w={104}
      value={locale}
      data={LOCALES.map((value) => ({ value, label: LOCALE_NAMES[value] }))}
      onChange={(event) => isLocale(event.currentTarget.value) && setLocale(event.currentTarget.value)}
    />
  );
}
