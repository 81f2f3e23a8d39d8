import { MantineProvider } from '@mantine/core';
import { act, render, screen } from '@testing-library/react';
import { IntlProvider } from 'react-intl';
import { connection } from '../api/connection';
import en from '../testing/english-messages';
import { ConnectionBanner } from './connection-banner';

describe('the connection banner', () => {
  it('says the connection is lost until the next answer comes', () => {
    render(
      <MantineProvider>
        <IntlProvider locale="en" messages={en}>
          <ConnectionBanner />
        </IntlProvider>
      </MantineProvider>,
    );
    expect(screen.getByRole('status').textContent).toBe('');
    act(() => connection.markLost());
    expect(screen.getByRole('status').textContent).toBe('Connection lost. Retrying…');
    act(() => connection.markAnswered());
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
