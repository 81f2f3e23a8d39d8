import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { IntlProvider } from 'react-intl';
import de from '../i18n/messages/de.json';
import es from '../i18n/messages/es.json';
import fr from '../i18n/messages/fr.json';
import deWork from '../i18n/messages/work/de.json';
import esWork from '../i18n/messages/work/es.json';
import frWork from '../i18n/messages/work/fr.json';
import type { Locale } from '../i18n/locales';
import en from './english-messages';

/** Both catalogues of each language, as a component test's IntlProvider needs them (the console loads the work one with its pages). */
const MESSAGES: Record<Locale, Record<string, string>> = { en, es: { ...es, ...esWork }, fr: { ...fr, ...frWork }, de: { ...de, ...deWork } };

/** Renders a part of a page as the console does (Mantine, the messages of a language — English unless told —, a query client), for component tests. */
export function renderWithProviders(element: ReactElement, { locale = 'en' }: { locale?: Locale } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <MantineProvider>
      <IntlProvider locale={locale} messages={MESSAGES[locale]} timeZone="UTC">
        <QueryClientProvider client={queryClient}>{element}</QueryClientProvider>
      </IntlProvider>
    </MantineProvider>,
  );
}
