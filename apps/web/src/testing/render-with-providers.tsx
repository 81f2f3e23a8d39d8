import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { IntlProvider } from 'react-intl';
import en from './english-messages';

/** Renders a part of a page as the console does (Mantine, English messages, a query client), for component tests. */
export function renderWithProviders(element: ReactElement) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <MantineProvider>
      <IntlProvider locale="en" messages={en} timeZone="UTC">
        <QueryClientProvider client={queryClient}>{element}</QueryClientProvider>
      </IntlProvider>
    </MantineProvider>,
  );
}
