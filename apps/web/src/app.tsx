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
// Its error red (red 8 with primaryShade 8, 4.45:1) is just below it for a field's 12 px
// error and the text of an invalid input; red 9 is 5.4:1. A hovered light button (blue 9 on
// blue 2, 3.9:1, found by axe once the hover had settled) is too; one shade lighter each,
// blue 0 and blue 1 (5.4:1 and 4.9:1), keeps a visible hover.
const contrastVariables: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-blue-light': 'var(--mantine-color-blue-0)',
    '--mantine-color-blue-light-hover': 'var(--mantine-color-blue-1)',
  },
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
