import { createIntl } from 'react-intl';
import de from '../i18n/messages/de.json';
import en from '../i18n/messages/en.json';
import es from '../i18n/messages/es.json';
import fr from '../i18n/messages/fr.json';
import deWork from '../i18n/messages/work/de.json';
import enWork from '../i18n/messages/work/en.json';
import esWork from '../i18n/messages/work/es.json';
import frWork from '../i18n/messages/work/fr.json';
import { formatViolation, validationMessage, type Violation } from './validation-message';

const CATALOGUES = { en, es, fr, de } as const;
/** The work pages' catalogues: the rules only they meet are said there (`staff.validation.*`). */
const WORK_CATALOGUES = { en: enWork, es: esWork, fr: frWork, de: deWork } as const;

/** A violation as the API or the contract's check reports it. */
const violation = (rule: string, params?: Violation['params'], field = 'title'): Violation => ({ field, rule, message: `English words for ${rule}`, ...(params ? { params } : {}) });

/** What the viewer reads in a language. */
function say(locale: keyof typeof CATALOGUES, found: Violation): string {
  const messages = { ...CATALOGUES[locale], ...WORK_CATALOGUES[locale] } as Record<string, string>;
  return formatViolation(createIntl({ locale, messages, onError: (error) => { throw error; } }), found);
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

  it('says the eligibility rules of a submission from their params', () => {
    const choice = 'choices.0.exchangeProgramId';
    expect(say('de', violation('age', { minimum: 16, maximum: 25, age: 15, travelStart: '2027-07-01' }, choice))).toBe('ist für das Alter 16–25 am 2027-07-01; Sie sind dann 15');
    expect(say('fr', violation('window', { reason: 'not_open_yet' }, choice))).toBe('n’est pas encore ouvert aux candidatures');
    expect(say('es', violation('window', { reason: 'unknown' }, choice))).toBe('no es un programa publicado');
    expect(say('de', violation('known_program', undefined, choice))).toBe('ist kein veröffentlichtes Programm');
    expect(say('de', violation('side', { side: 'partner' }, choice))).toBe('nimmt keine Teilnehmenden aus der Partnerstadt auf');
    expect(say('fr', violation('residence', { residence: 'member-region' }, choice))).toBe('est réservé aux habitants de la ville d’envoi et aux membres de son programme membre');
    // The languages by their names, as a list in the viewer's language.
    expect(say('de', violation('languages', { languages: ['de', 'fr'] }, choice))).toBe('verlangt Deutsch und Französisch: Ergänzen Sie Ihr Profil');
    expect(say('en', violation('applications-per-season', { maximum: 1, count: 3 }, choice))).toBe('allows at most 1 choice per season; you have 3');
    expect(say('es', violation('guardian', { age: 16, travelStart: '2027-07-01' }, choice))).toBe('tendrás 16 años el 2027-07-01: indica un tutor en tu perfil');
    expect(say('de', violation('same_season', { season: 2027 }, choice))).toBe('ist kein Programm der Saison 2027');
  });

  it('says the checklist’s missing and awaited items with the program, the document or question, the referees counted', () => {
    expect(say('de', violation('documents', { title: 'Jazz in Lyon', key: 'passport', label: 'Reisepass' }, 'choices.0.documents.passport'))).toBe('Jazz in Lyon: Laden Sie „Reisepass“ hoch');
    expect(say('fr', violation('answers', { title: 'Jazz à Lyon', key: 'size', label: 'Taille' }, 'choices.0.answers.size'))).toBe('Jazz à Lyon : répondez à « Taille »');
    expect(say('en', violation('referees', { title: 'Jazz', required: 1, named: 0 }, 'choices.0.referees'))).toBe('Jazz: name 1 referee (0 named)');
    expect(say('es', violation('referees', { title: 'Jazz', required: 2, named: 1 }, 'choices.0.referees'))).toBe('Jazz: indica 2 referencias (1 indicadas)');
    expect(say('de', violation('guardian', undefined, 'guardian'))).toBe('Sie sind an einem Reisetag minderjährig: Nennen Sie in Ihrem Profil einen Vormund');
    expect(say('fr', violation('letters', { title: 'Jazz', received: 1, required: 2 }, 'choices.0.referees'))).toBe('Jazz : 1 lettres reçues sur 2');
    expect(say('es', violation('guardian-consent', undefined, 'guardian'))).toBe('tu tutor aún no ha dado su consentimiento');
  });

  it('says the questionnaire’s answers, a date of birth and the contracts’ named checks', () => {
    expect(say('de', violation('choice', { values: ['S', 'M'] }, 'answers.size'))).toBe('muss einer dieser Werte sein: S, M');
    expect(say('fr', violation('type', { expected: 'boolean' }, 'answers.swim'))).toBe('doit être oui ou non');
    expect(say('es', violation('max_length', { maximum: 20 }, 'answers.motivation'))).toBe('debe tener como máximo 20 caracteres');
    expect(say('de', violation('single_line', undefined, 'answers.name'))).toBe('muss eine einzige Zeile sein');
    expect(say('fr', violation('max_age', { maximum: 120 }, 'birthDate'))).toBe('doit se situer dans les 120 dernières années');
    expect(say('de', violation('time_zone', undefined, 'timeZone'))).toBe('muss eine Zeitzone wie Europe/Berlin sein');
    expect(say('es', violation('invalid_cursor', undefined, 'query.cursor'))).toBe('no es una posición de esta lista: vuelve a la primera página');
  });

  it('says the work pages’ rules from the work catalogue: a program’s dates and places, a rubric, a key’s pattern, a stale version', () => {
    expect(say('de', violation('before_travel_start', undefined, 'applicationClosesAt'))).toBe('muss vor dem Reisebeginn liegen');
    expect(say('fr', violation('positive_for_direction', { direction: 'reciprocal' }, 'capacity.member'))).toBe('doit être supérieur à 0 dans un échange réciproque');
    expect(say('en', violation('range', { minimum: 0, maximum: 120 }, 'eligibility.minAge'))).toBe('must be between 0 and 120');
    expect(say('de', violation('weight', { minimum: 1, maximum: 100 }, 'criteria.0.weight'))).toBe('muss eine ganze Zahl von 1 bis 100 sein');
    expect(say('es', violation('missing_criterion', { label: 'Motivación' }, 'scores.motivation'))).toBe('debe puntuar Motivación');
    expect(say('de', violation('invalid_format', { format: 'regex' }, 'body.criteria.2.key'))).toBe('muss aus 1–40 Kleinbuchstaben, Ziffern, - oder _ bestehen und mit einem Buchstaben beginnen');
    expect(say('fr', violation('invalid_format', { format: 'regex' }, 'questions.0.key'))).toBe('doit compter 1 à 63 lettres minuscules, chiffres et tirets, en commençant par une lettre ou un chiffre');
    expect(say('de', violation('current', { current: 3 }, 'version'))).toBe('hat sich seit dem Lesen geändert: Laden Sie es neu und versuchen Sie es erneut');
    expect(say('en', violation('either_or', { other: 'city' }, 'cityId'))).toBe('choose a city of the gazetteer or add a new one: one of the two');
    expect(say('de', violation('missing_side', { side: 'partner', column: 'city2' }, 'sides'))).toBe('die Partnerseite (city2) braucht eine Stadt: Wählen Sie einen Kandidaten oder fügen Sie eine Stadt hinzu');
    expect(say('en', violation('scope_required', { kind: 'member-program' }, 'grants.0.scopeIds'))).toBe('must name at least one member program');
    expect(say('es', violation('options', { problem: 'too_few', minimum: 2 }, 'questions.0.options'))).toBe('una pregunta de opción necesita al menos 2 opciones');
    expect(say('fr', violation('invalid-url', { problem: 'scheme', httpsOnly: true }, 'url'))).toBe('doit commencer par https://');
    expect(say('de', violation('reviewer_of_program', undefined, 'reviewerIds.0'))).toBe('begutachtet dieses Programm nicht');
    // The gazetteer's city already there is not a list's repeated entry.
    expect(say('en', violation('duplicate', { cityId: 'gn:2988507', name: 'Paris', distanceKm: 1.5 }, 'existingCityId'))).toBe('is already in the gazetteer: Paris (gn:2988507), 1.5 km away; use it instead');
  });

  it("keeps the API's English words for a rule, or a variant, it does not know", () => {
    expect(validationMessage(violation('transition'))).toEqual({ text: 'English words for transition' });
    // A service's rule from an older answer, without its params: nothing to say them with.
    expect(validationMessage(violation('age'))).toEqual({ text: 'English words for age' });
    expect(validationMessage(violation('window', { reason: 'eclipsed' }))).toEqual({ text: 'English words for window' });
    expect(validationMessage(violation('documents'))).toEqual({ text: 'English words for documents' });
    expect(validationMessage(violation('custom'))).toEqual({ text: 'English words for custom' });
    expect(validationMessage(violation('invalid_format', { format: 'regex' }, 'key'))).toEqual({ text: 'English words for invalid_format' });
    expect(validationMessage(violation('too_small', { origin: 'date', minimum: 0 }))).toEqual({ text: 'English words for too_small' });
    // An older answer without params: nothing to say the bound with.
    expect(validationMessage(violation('too_big'))).toEqual({ text: 'English words for too_big' });
  });

  it('has every validation message in all four languages, each one formatting', () => {
    const values = {
      ...{ minimum: 2, maximum: 3, length: 4, prefix: 'x', values: 'a, b', divisor: 5, age: 15, travelStart: '2027-07-01', languages: 'de', count: 2, season: 2027 },
      ...{ title: 'Jazz', label: 'Passport', required: 2, named: 1, received: 0, key: 'k', cityId: 'gn:1', name: 'Lyon', distanceKm: 2, travelYear: 2027 },
      ...{ side: 'member', column: 'city1', partnershipId: 'p', type: 't', host: 'h', address: '10.0.0.1' },
    };
    for (const [locale, first] of Object.entries(CATALOGUES)) {
      const work = WORK_CATALOGUES[locale as keyof typeof CATALOGUES];
      const ids = [...Object.keys(first).filter((id) => id.startsWith('validation.')), ...Object.keys(work).filter((id) => id.startsWith('staff.validation.'))];
      expect(ids.length).toBe([...Object.keys(en), ...Object.keys(enWork)].filter((id) => /^(staff\.)?validation\./.test(id)).length);
      const intl = createIntl({ locale, messages: { ...first, ...work } as Record<string, string>, onError: (error) => { throw error; } });
      for (const id of ids) expect(intl.formatMessage({ id }, values)).not.toMatch(/[{}]/);
    }
  });
});
