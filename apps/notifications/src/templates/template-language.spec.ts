import { formattingLocaleOf, templateLanguageOf, timeZoneOf } from './template-language';

describe(templateLanguageOf.name, () => {
  it.each([
    ['fr-CA', 'fr'],
    ['fr', 'fr'],
    ['es-MX', 'es'],
    ['de_AT', 'de'],
    ['EN-gb', 'en'],
    ['it', 'en'],
    ['zh-Hant-TW', 'en'],
    ['', 'en'],
    [null, 'en'],
    ['not a tag', 'en'],
  ])('reads %s in %s', (tag, language) => {
    expect(templateLanguageOf(tag)).toBe(language);
  });
});

describe(formattingLocaleOf.name, () => {
  it('formats in the recipient’s own variant of the catalogue’s language, else in that language', () => {
    expect(formattingLocaleOf('fr-ca', 'fr')).toBe('fr-CA');
    expect(formattingLocaleOf('it-IT', 'en')).toBe('en');
    expect(formattingLocaleOf(undefined, 'en')).toBe('en');
  });
});

describe(timeZoneOf.name, () => {
  it('keeps a zone the runtime knows and falls back to UTC otherwise', () => {
    expect(timeZoneOf('Europe/Paris')).toBe('Europe/Paris');
    expect(timeZoneOf('Mars/Olympus')).toBe('UTC');
    expect(timeZoneOf(null)).toBe('UTC');
  });
});
