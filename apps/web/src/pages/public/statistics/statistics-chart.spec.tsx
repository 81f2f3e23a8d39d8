import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { StatisticsChart } from './statistics-chart';

// The charts are pictures to assistive technology: the hidden table is what a screen reader reads.
describe('a statistics chart', () => {
  it('reads one figure per row when there is one series', () => {
    renderWithProviders(<StatisticsChart title="By decade founded" rows={[{ label: '1950s', count: 1200 }]} seriesLabel="Partnerships" />);
    const table = screen.getByRole('table', { name: 'By decade founded' });
    expect(within(table).queryAllByRole('columnheader')).toHaveLength(0);
    expect(within(table).getByRole('row', { name: '1950s 1,200' })).toBeTruthy();
  });

  it('reads both figures of a row, under their names, when a second series is given', () => {
    renderWithProviders(
      <StatisticsChart
        title="Exchange programs by category"
        rows={[
          { label: 'Arts & culture', count: 3 },
          { label: 'Business & trade', count: 0 },
        ]}
        seriesLabel="Open for applications or soon"
        extra={{ name: 'held', label: 'Held (participants placed)', values: [12, 4] }}
        horizontal
      />,
    );
    const table = screen.getByRole('table', { name: 'Exchange programs by category' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Open for applications or soon', 'Held (participants placed)']);
    expect(within(table).getByRole('row', { name: 'Arts & culture 3 12' })).toBeTruthy();
    expect(within(table).getByRole('row', { name: 'Business & trade 0 4' })).toBeTruthy();
  });
});
