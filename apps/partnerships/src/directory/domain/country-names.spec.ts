import { countriesNamedBy, countryName } from './country-names';

describe(countriesNamedBy.name, () => {
  it('knows a country by its name in many languages and its aliases', () => {
    expect(countriesNamedBy('Germany')).toEqual(['DE']);
    expect(countriesNamedBy('deutschland')).toEqual(['DE']);
    expect(countriesNamedBy('Allemagne')).toEqual(['DE']);
    expect(countriesNamedBy('USA')).toEqual(['US']);
    expect(countriesNamedBy('united states')).toEqual(['US']);
  });

  it('reads two letters as an ISO code', () => {
    expect(countriesNamedBy('jp')).toEqual(['JP']);
    expect(countriesNamedBy('zz')).toEqual([]);
  });

  it('never matches part of a name nor an alpha-3 code', () => {
    expect(countriesNamedBy('germ')).toEqual([]);
    expect(countriesNamedBy('can')).toEqual([]);
    expect(countriesNamedBy('munchen')).toEqual([]);
  });

  it('gives the English name of a code', () => {
    expect(countryName('DE')).toBe('Germany');
    expect(countryName('ZZ')).toBeNull();
  });
});
