import { createIntl } from 'react-intl';
import de from '../i18n/messages/de.json';
import en from '../i18n/messages/en.json';
import es from '../i18n/messages/es.json';
import fr from '../i18n/messages/fr.json';
import { validationMessage, type Violation } from './validation-message';

const CATALOGUES = { en, es, fr, de } as const;

/** A violation as the API or the contract's check reports it. */
const violation = (rule: string, params?: Violation['params'], field = 'title'): Violation => ({ field, rule, message: `English words for ${rule}`, ...(params ? { params } : {}) });

/** What the viewer reads in a language. */
function say(locale: keyof typeof CATALOGUES, found: Violation): string {
  const said = validationMessage(found);
  if ('text' in said) return said.text;
  return createIntl({ locale, messages: CATALOGUES[locale] as Record<string, string> }).formatMessage({ id: said.id }, said.values);
}

describe(validationMessage.name, () => {
  it('says a length rule with its bound, in each language', () => {
    const tooShort = violation('too_small', { origin: 'string', minimum: 12, inclusive: true }, 'password');
    expect(say('en', tooShort)).toBe('must be at least 12 characters');
    expect(say('es', tooShort)).toBe('debe tener al menos 12 caracteres');
    expect(say('fr', tooShort)).toBe('doit comporter au moins 12 caractères');
    expect(say('de', tooShort)).toBe('muss mindestens 12 Zeichen lang sein');
    expect(say('fr', violation('too_big', { origin: 'string', maximum: 1, inclusive: true }))).toBe('doit comporter au plus 1 caractère');
    expect(say('en', violation('too_small', { origin: 'string', minimum: 1, inclusive: true }))).toBe('must not be empty');
    expect(say('de', violation('too_big', { origin: 'string', maximum: 2, inclusive: true, exact: true }))).toBe('muss genau 2 Zeichen lang sein');
  });

  it('tells a list, a number and an exclusive bound apart', () => {
    expect(say('en', violation('too_small', { origin: 'array', minimum: 1, inclusive: true }))).toBe('must have at least 1 entry');
    expect(say('es', violation('too_big', { origin: 'array', maximum: 10, inclusive: true }))).toBe('debe tener como máximo 10 elementos');
    expect(say('fr', violation('too_big', { origin: 'number', maximum: 100, inclusive: true }))).toBe('doit être inférieur ou égal à 100');
    expect(say('en', violation('too_small', { origin: 'number', minimum: 0, inclusive: false }))).toBe('must be more than 0');
    // A year is a number, not an amount: no grouping separator.
    expect(say('de', violation('too_small', { origin: 'number', minimum: 2000, inclusive: true }))).toBe('muss mindestens 2000 sein');
  });

  it('says a format, and a pattern by the field that uses it', () => {
    expect(say('fr', violation('invalid_format', { format: 'email' }, 'email'))).toBe('doit être une adresse e-mail');
    expect(say('de', violation('invalid_format', { format: 'url' }, 'url'))).toBe('muss eine Webadresse sein, die mit http:// oder https:// beginnt');
    expect(say('es', violation('invalid_format', { format: 'date' }, 'birthDate'))).toBe('debe ser una fecha como 2027-07-01');
    expect(say('fr', violation('invalid_format', { format: 'regex' }, 'body.terms.country'))).toBe('doit être un code de pays à deux lettres, par exemple DE');
    expect(say('de', violation('invalid_format', { format: 'regex' }, 'quietHours.start'))).toBe('muss eine Uhrzeit wie 22:00 sein');
    expect(say('es', violation('invalid_format', { format: 'regex' }, 'languages.1.language'))).toBe('debe ser un código de idioma, como en o fr');
    expect(say('fr', violation('invalid_format', { format: 'starts_with', prefix: 'whsec_' }))).toBe('doit commencer par whsec_');
  });

  it('says a missing choice is required and a wrong number what it must be', () => {
    expect(say('fr', violation('invalid_type', { expected: 'string' }, 'memberProgramId'))).toBe('est obligatoire');
    expect(say('de', violation('invalid_type', { expected: 'nonoptional' }))).toBe('ist erforderlich');
    expect(say('es', violation('invalid_type', { expected: 'int' }))).toBe('debe ser un número entero');
    expect(say('en', violation('required'))).toBe('is required');
  });

  it('says the allowed values, the custom text rules and the range of years', () => {
    expect(say('en', violation('invalid_value', { values: ['en', 'es', 'fr', 'de'] }))).toBe('must be one of: en, es, fr, de');
    expect(say('fr', violation('control_character'))).toBe('ne doit pas contenir de caractères de contrôle');
    expect(say('es', violation('duplicate', undefined, 'languages'))).toBe('no puede repetir un elemento');
    expect(say('de', violation('unpaired_surrogate'))).toBe('muss gültiger Unicode-Text sein');
    expect(say('es', violation('year_out_of_range', { minimum: 1000, maximum: 9999 }))).toBe('debe estar entre los años 1000 y 9999');
  });

  it("keeps the API's English words for a rule, or a variant, it does not know", () => {
    expect(validationMessage(violation('known_program'))).toEqual({ text: 'English words for known_program' });
    expect(validationMessage(violation('custom'))).toEqual({ text: 'English words for custom' });
    expect(validationMessage(violation('invalid_format', { format: 'regex' }, 'key'))).toEqual({ text: 'English words for invalid_format' });
    expect(validationMessage(violation('too_small', { origin: 'date', minimum: 0 }))).toEqual({ text: 'English words for too_small' });
    // An older answer without params: nothing to say the bound with.
    expect(validationMessage(violation('too_big'))).toEqual({ text: 'English words for too_big' });
  });

  it('has every validation message in all four languages, each one formatting', () => {
    const values = { minimum: 2, maximum: 3, length: 4, prefix: 'x', values: 'a, b', divisor: 5 };
    for (const [locale, messages] of Object.entries(CATALOGUES)) {
      const ids = Object.keys(messages).filter((id) => id.startsWith('validation.'));
      expect(ids.length).toBe(Object.keys(en).filter((id) => id.startsWith('validation.')).length);
      const intl = createIntl({ locale, messages: messages as Record<string, string>, onError: (error) => { throw error; } });
      for (const id of ids) expect(intl.formatMessage({ id }, values)).not.toMatch(/[{}]/);
    }
  });
});
