import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { ColumnMappingFields, defaultMapping, mappingQuery, unmappedFields, type ColumnField, type ColumnMapping } from './column-mapping';

const HEADER = ['Town', 'Country', 'lat1', 'lng1', 'city2', 'country2', 'Since'];

function Mapping({ header, errors = {}, seen }: { header: string[] | null; errors?: Partial<Record<ColumnField, string>>; seen(value: ColumnMapping): void }) {
  const [value, setValue] = useState(() => defaultMapping(header));
  return (
    <ColumnMappingFields
      header={header}
      value={value}
      errors={errors}
      onChange={(next) => {
        setValue(next);
        seen(next);
      }}
    />
  );
}

describe("mapping an import's columns", () => {
  it('starts from the columns the file has of the API’s defaults and sends only what is mapped', () => {
    const start = defaultMapping(HEADER);
    expect(start).toEqual({ memberLat: 'lat1', memberLng: 'lng1', partnerCity: 'city2', partnerCountry: 'country2' });
    expect(unmappedFields(start)).toEqual(['memberCity', 'memberCountry']);
    expect(mappingQuery({ ...start, memberCity: 'Town', memberCountry: ' Country ', notes: '' })).toEqual({
      memberCity: 'Town',
      memberCountry: 'Country',
      memberLat: 'lat1',
      memberLng: 'lng1',
      partnerCity: 'city2',
      partnerCountry: 'country2',
    });
    expect(defaultMapping(null)).toMatchObject({ memberCity: 'city1', partnerLng: 'lng2' });
  });

  it("offers the file's header row for each field, chosen by keyboard", async () => {
    const seen = jest.fn();
    renderWithProviders(<Mapping header={HEADER} seen={seen} />);
    expect(screen.getByText("The file's header row: Town · Country · lat1 · lng1 · city2 · country2 · Since")).toBeTruthy();
    expect((screen.getByRole('combobox', { name: 'Partner city' }) as HTMLInputElement).value).toBe('city2');

    await userEvent.click(screen.getByRole('combobox', { name: 'Member city' }));
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(seen).toHaveBeenLastCalledWith(expect.objectContaining({ memberCity: 'Town' }));

    const year = screen.getByRole('combobox', { name: 'Year it began' });
    await userEvent.click(year);
    const options = document.getElementById(year.getAttribute('aria-controls') ?? '') as HTMLElement;
    await userEvent.click(within(options).getByRole('option', { name: 'Since', hidden: true }));
    expect(seen).toHaveBeenLastCalledWith(expect.objectContaining({ startYear: 'Since' }));
    await userEvent.click(year);
    await userEvent.click(within(options).getByRole('option', { name: 'Not in the file', hidden: true }));
    expect(seen.mock.calls.at(-1)?.[0].startYear).toBeUndefined();
  });

  it("puts each field's error on it: a needed one left empty, or the API's missing column", () => {
    renderWithProviders(<Mapping header={HEADER} errors={{ memberCountry: 'Choose the column that holds this.', partnerCity: 'the file has no column "city2"' }} seen={() => undefined} />);
    expect(screen.getByText('Choose the column that holds this.')).toBeTruthy();
    expect(screen.getByText('the file has no column "city2"')).toBeTruthy();
  });

  it("takes a workbook's column names typed", async () => {
    const seen = jest.fn();
    renderWithProviders(<Mapping header={null} seen={seen} />);
    const city = screen.getByRole('textbox', { name: 'Member city' });
    expect((city as HTMLInputElement).value).toBe('city1');
    await userEvent.clear(city);
    await userEvent.type(city, 'Stadt');
    expect(seen).toHaveBeenLastCalledWith(expect.objectContaining({ memberCity: 'Stadt' }));
  });
});
