import { createTheme, MantineProvider, type CSSVariablesResolver } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { useState } from 'react';
import { createQueryClient } from './api/query-client';
import { LocaleProvider } from './i18n/locale-provider';
import { createConsoleRouter } from './router';

// Blue 8 on white passes WCAG AA for text (4.5:1); Mantine's default shade 6 does not.
const theme = createTheme({ primaryColor: 'blue', primaryShade: 8 });

// Mantine's dimmed text (gray 6 on white, 3.3:1) is below WCAG AA for small text; gray 7 is 7:1.
const contrastVariables: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createConsoleRouter);
  return (
    <MantineProvider theme={theme} defaultColorScheme="light" cssVariablesResolver={contrastVariables}>
      <QueryClientProvider client={queryClient}>
        <LocaleProvider>
          <RouterProvider router={router} />
        </LocaleProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
