import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import { loadMessages, pickLocale, type Locale, type MessageId, type Messages } from './locales';

const STORAGE_KEY = 'scn.locale';

/** Dates and times are shown in the viewer's own time zone, whatever the server's. */
const VIEWER_TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

const LocaleContext = createContext<{ locale: Locale; setLocale(locale: Locale): void }>({ locale: 'en', setLocale: () => undefined });

export function LocaleProvider({ children, initial }: { children: ReactNode; initial?: { locale: Locale; messages: Messages } }) {
  const [locale, setLocaleState] = useState<Locale>(
    () => initial?.locale ?? pickLocale(window.localStorage.getItem(STORAGE_KEY), navigator.languages),
  );
  const [messages, setMessages] = useState<{ locale: Locale; messages: Messages } | null>(initial ?? null);

  useEffect(() => {
    let current = true;
    if (messages?.locale !== locale) void loadMessages(locale).then((loaded) => current && setMessages({ locale, messages: loaded }));
    document.documentElement.lang = locale;
    return () => {
      current = false;
    };
  }, [locale, messages?.locale]);

  const setLocale = useCallback((next: Locale) => {
    window.localStorage.setItem(STORAGE_KEY, next);
    setLocaleState(next);
  }, []);

  // Nothing is drawn until the first catalogue is there (a few kB), so no text flashes in the wrong language.
  if (!messages) return null;
  return (
    <LocaleContext.Provider value={{ locale: messages.locale, setLocale }}>
      <IntlProvider locale={messages.locale} messages={messages.messages} defaultLocale="en" timeZone={VIEWER_TIME_ZONE}>
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
