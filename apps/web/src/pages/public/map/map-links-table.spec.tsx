import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IntlProvider } from 'react-intl';
import type { components } from '../../../api/api-types.generated';
import en from '../../../testing/english-messages';
import { MapLinksTable } from './map-links-table';

type DirectoryMap = components['schemas']['DirectoryMap'];

const city = (id: string, name: string, countryCode: string) => ({ id, name, countryCode, latitude: 0, longitude: 0 });

/** A distinct two-letter code for each pair (AB, AC, …): pairs are keyed by their codes. */
const pairCode = (i: number) => String.fromCharCode(65 + Math.floor(i / 26)) + String.fromCharCode(65 + (i % 26));

/** The world with 60 country pairs (more than one screen of rows), and Japan zoomed in. */
const world: DirectoryMap = {
  total: 60,
  countries: [],
  countryLinks: Array.from({ length: 60 }, (_, i) => ({ from: 'US', to: i === 0 ? 'JP' : pairCode(i), count: 1 })),
  cityLinks: [],
  cityLinksLeftOut: 0,
};
const japan: DirectoryMap = {
  ...world,
  countryLinks: [],
  cityLinks: [{ memberCity: city('gn:1', 'Portland', 'US'), partnerCity: city('gn:2', 'Sapporo', 'JP') }],
};

function renderTable(map: DirectoryMap, country: string | undefined, onCountry = jest.fn()) {
  render(
    <MantineProvider>
      <IntlProvider locale="en" messages={en}>
        <MapLinksTable map={map} country={country} onCountry={onCountry} />
      </IntlProvider>
    </MantineProvider>,
  );
  return onCountry;
}

describe('the map as a table', () => {
  it('lists country pairs a screen at a time, each country a button that zooms in on it', async () => {
    const onCountry = renderTable(world, undefined);
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 25);
    await userEvent.click(screen.getByRole('button', { name: 'Show more (25 of 60 shown)' }));
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 60);
    expect(screen.queryByRole('button', { name: /Show more/ })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Show the partnerships of Japan city by city' }));
    expect(onCountry).toHaveBeenCalledWith('JP');
  });

  it('lists one country\'s partnerships city by city when zoomed in', () => {
    renderTable(japan, 'JP');
    const [, row] = screen.getAllByRole('row');
    expect(row?.textContent).toBe('Portland United StatesSapporo Japan');
    expect(screen.getByRole('columnheader', { name: 'Member city' })).toBeTruthy();
  });
});
