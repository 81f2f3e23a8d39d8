import { createContext, useCallback, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import { catalogue } from './catalogue';
import { pickLocale, type Locale, type MessageId } from './locales';

const STORAGE_KEY = 'scn.locale';

/** Dates and times are shown in the viewer's own time zone, whatever the server's. */
const VIEWER_TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

const LocaleContext = createContext<{ locale: Locale; setLocale(locale: Locale): void }>({ locale: 'en', setLocale: () => undefined });

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => pickLocale(window.localStorage.getItem(STORAGE_KEY), navigator.languages));
  const shown = useSyncExternalStore(catalogue.subscribe, catalogue.snapshot);

  useEffect(() => {
    void catalogue.show(locale);
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    window.localStorage.setItem(STORAGE_KEY, next);
    setLocaleState(next);
  }, []);

  // Nothing is drawn until the first catalogue is there (a few kB), so no text flashes in the wrong language.
  if (!shown) return null;
  return (
    <LocaleContext.Provider value={{ locale: shown.locale, setLocale }}>
      <IntlProvider locale={shown.locale} messages={shown.messages as Record<string, string>} defaultLocale="en" timeZone={VIEWER_TIME_ZONE}>
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}

export const useLocale = () => useContext(LocaleContext);

/** `t('nav.directory')`: a message by an id the compiler checks against the English catalogue. */
export function useT() {
  const intl = useIntl();
  return useCallback(
    (id: MessageId, values?: Record<string, string | number | Date>) => intl.formatMessage({ id }, values),
    [intl],
  );
}
