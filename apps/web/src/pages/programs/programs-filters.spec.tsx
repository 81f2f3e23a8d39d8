import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../testing/render-with-providers';
import { ProgramsFilters } from './programs-filters';
import { programsSearchSchema } from './programs-search';

describe('the catalogue filters', () => {
  it('puts the language, the travel dates and the category in the search, keeping what was there', async () => {
    const onChange = jest.fn();
    const { unmount } = renderWithProviders(<ProgramsFilters search={{ country: 'FR' }} onChange={onChange} />);
    await userEvent.selectOptions(screen.getByLabelText('Language of the exchange'), 'fr');
    expect(onChange).toHaveBeenLastCalledWith({ country: 'FR', language: 'fr' });
    expect(screen.getByRole('option', { name: 'French' })).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Travel from'), { target: { value: '2027-06-01' } });
    expect(onChange).toHaveBeenLastCalledWith({ country: 'FR', travelFrom: '2027-06-01' });
    await userEvent.selectOptions(screen.getByLabelText('Category'), 'arts-culture');
    expect(onChange).toHaveBeenLastCalledWith({ country: 'FR', category: 'arts-culture' });
    unmount();
    renderWithProviders(<ProgramsFilters search={{ travelFrom: '2027-06-01' }} onChange={onChange} />);
    // The end of the range cannot be set before its start.
    expect(screen.getByLabelText('Travel until').getAttribute('min')).toBe('2027-06-01');
  });

  it('sends the age once typing pauses, as a whole number', async () => {
    const onChange = jest.fn();
    renderWithProviders(<ProgramsFilters search={{}} onChange={onChange} />);
    await userEvent.type(screen.getByLabelText(/^Age/), '16');
    await waitFor(() => expect(onChange).toHaveBeenCalledWith({ age: 16 }));
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('offers to clear the filters only when one is on, and clears them all', async () => {
    const onChange = jest.fn();
    const { unmount } = renderWithProviders(<ProgramsFilters search={{}} onChange={onChange} />);
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
    unmount();
    renderWithProviders(<ProgramsFilters search={{ language: 'sw', age: 17 }} onChange={onChange} />);
    expect((screen.getByLabelText(/^Age/) as HTMLInputElement).value).toBe('17');
    // A language outside the common ones, from the URL, is offered too.
    expect(screen.getByRole('option', { name: 'Swahili' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onChange).toHaveBeenLastCalledWith({});
  });
});

describe('the catalogue filters in the URL', () => {
  it('keeps what the API takes and drops what a hand-edited URL got wrong', () => {
    expect(programsSearchSchema.parse({ language: 'pt-BR', travelFrom: '2027-01-31', age: '16', city: 'gn:2988507' })).toEqual({
      language: 'pt-BR',
      travelFrom: '2027-01-31',
      age: 16,
      city: 'gn:2988507',
    });
    expect(programsSearchSchema.parse({ language: 'French', travelTo: '31/01/2027', age: '16.5', country: 'fr' })).toEqual({});
    expect(programsSearchSchema.parse({ age: 121 })).toEqual({});
  });
});
