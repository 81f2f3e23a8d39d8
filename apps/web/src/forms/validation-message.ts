import { useCallback } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import type { FieldViolation } from '@scn/contracts/rpc/rpc-error';
import type { MessageId } from '../i18n/locales';

/** A field error as the API reports it and as the console's own zod checks find it. */
export type Violation = Pick<FieldViolation, 'field' | 'rule' | 'message' | 'params'>;

/**
 * How to say a violation: a message of the catalogue with its values, or (for a rule the
 * console does not know) the API's English words. A list of values (`languages`: tags) is
 * said as a list in the viewer's language when formatted (`formatViolation`).
 */
export type ValidationMessage = { id: MessageId; values?: Record<string, string | number | readonly string[]> } | { text: string };

type Params = NonNullable<Violation['params']>;

/**
 * Which message says a broken rule, from its machine-readable parts only: the rule (a zod
 * issue code, or a custom rule's name such as `control_character`, a service's own such as
 * `age` or `known_program`), its params (`minimum`, `maximum`, `origin`, `format`,
 * `expected`, a service rule's own: `reason`, `title`, `label`, …) and the field (a
 * pattern's meaning is in the field's name: `country`, `currency`, `quietHours.start`,
 * `criteria.0.key`). A rule, or a variant of one, it does not know keeps the API's English
 * message rather than a vague one. The rules only work pages meet are said by the work
 * catalogue (`staff.validation.*`), which those pages load; the others by the first one.
 */
export function validationMessage({ rule, params = {}, field, message }: Violation): ValidationMessage {
  return zodRuleMessage(rule, params, field) ?? serviceRuleMessage(rule, params) ?? { text: message };
}

/** Reads a rule's params by type: a param of another type is as good as absent. */
function reader(params: Params) {
  return {
    num: (key: string) => (typeof params[key] === 'number' ? (params[key] as number) : undefined),
    str: (key: string) => (typeof params[key] === 'string' ? (params[key] as string) : undefined),
    list: (key: string) => {
      const value = params[key];
      return Array.isArray(value) && value.length > 0 ? value : undefined;
    },
  };
}

const known = (id: MessageId, values?: Record<string, string | number | readonly string[]>): ValidationMessage => (values ? { id, values } : { id });

/** zod's issue codes, and the contracts' own checks made alike (`duplicate`, `time_zone`, …). */
function zodRuleMessage(rule: string, params: Params, field: string): ValidationMessage | undefined {
  const { num, str, list } = reader(params);
  const inclusive = params['inclusive'] !== false;
  const origin = str('origin');

  switch (rule) {
    case 'required':
      return known('validation.required');
    case 'too_small': {
      const minimum = num('minimum');
      if (minimum === undefined) return undefined;
      if (origin === 'string') {
        if (params['exact'] === true) return known('validation.string.exact', { length: minimum });
        return minimum === 1 ? known('validation.notEmpty') : known('validation.string.min', { minimum });
      }
      if (origin === 'array' || origin === 'set') return known('validation.array.min', { minimum });
      if (origin === 'number' || origin === 'int' || origin === 'bigint') return known(inclusive ? 'validation.number.min' : 'validation.number.greater', { minimum });
      return undefined;
    }
    case 'too_big': {
      const maximum = num('maximum');
      if (maximum === undefined) return undefined;
      if (origin === 'string') return known(params['exact'] === true ? 'validation.string.exact' : 'validation.string.max', params['exact'] === true ? { length: maximum } : { maximum });
      if (origin === 'array' || origin === 'set') return known('validation.array.max', { maximum });
      if (origin === 'number' || origin === 'int' || origin === 'bigint') return known(inclusive ? 'validation.number.max' : 'validation.number.less', { maximum });
      return undefined;
    }
    case 'invalid_format':
      return formatMessage(str('format'), field, params);
    case 'invalid_type': {
      // A form sends strings, and null for a choice not made: a missing value, not a wrong type.
      const expected = str('expected');
      if (expected === 'number') return known('validation.type.number');
      if (expected === 'int') return known('validation.type.int');
      return expected ? known('validation.required') : undefined;
    }
    case 'invalid_value':
    case 'media_type': {
      const values = list('values');
      return values ? known('validation.oneOf', { values: values.join(', ') }) : undefined;
    }
    case 'not_multiple_of': {
      const divisor = num('divisor');
      return divisor === undefined ? undefined : known('validation.multipleOf', { divisor });
    }
    case 'duplicate': {
      // The gazetteer's refusal of a city it has already names that city: another rule than a list's repeated entry.
      const cityId = str('cityId');
      if (cityId !== undefined) return known('staff.validation.duplicateCity', { cityId, name: str('name') ?? cityId, distanceKm: num('distanceKm') ?? 0 });
      return known('validation.duplicate');
    }
    case 'control_character':
      return known('validation.controlCharacter');
    case 'unpaired_surrogate':
      return known('validation.unpairedSurrogate');
    case 'year_out_of_range': {
      const minimum = num('minimum');
      const maximum = num('maximum');
      return minimum === undefined || maximum === undefined ? undefined : known('validation.yearOutOfRange', { minimum, maximum });
    }
    case 'time_zone':
      return known('validation.timeZone');
    case 'not_after':
      return known('validation.notAfter');
    case 'either_or':
      return str('other') === 'city' ? known('staff.validation.cityOrNewCity') : undefined;
    case 'max_answers': {
      const maximum = num('maximum');
      return maximum === undefined ? undefined : known('validation.answers.max', { maximum });
    }
    case 'options':
      return optionsMessage(str('problem'), num('minimum'));
    case 'max_length': {
      // The questionnaire's answer too long (`maximum`), or a maximum set on a question that is not text.
      const maximum = num('maximum');
      if (maximum !== undefined) return known('validation.string.max', { maximum });
      return str('problem') === 'not_text' ? known('staff.validation.maxLengthNotText') : undefined;
    }
    case 'scope_required': {
      const id = SCOPE_REQUIRED[str('kind') ?? ''];
      return id ? known(id) : undefined;
    }
    case 'scope_not_taken':
      return known('staff.validation.scopeNotTaken');
    default:
      return undefined;
  }
}

function optionsMessage(problem: string | undefined, minimum: number | undefined): ValidationMessage | undefined {
  if (problem === 'too_few' && minimum !== undefined) return known('staff.validation.options.tooFew', { minimum });
  if (problem === 'repeated') return known('staff.validation.options.repeated');
  if (problem === 'not_choice') return known('staff.validation.options.notChoice');
  return undefined;
}

/** A scoped role's grant naming no scope, by the kind of scope it takes. */
const SCOPE_REQUIRED: Readonly<Record<string, MessageId>> = {
  'member-program': 'staff.validation.scopeRequired.memberProgram',
  'exchange-program': 'staff.validation.scopeRequired.exchangeProgram',
  'partner-city': 'staff.validation.scopeRequired.partnerCity',
};

/** Rules without params, said as they are: the message each names. */
const PLAIN_RULES: Readonly<Record<string, MessageId>> = {
  // Any page: a cursor or search term in the address, a date of birth.
  invalid_cursor: 'validation.cursor',
  no_letters: 'validation.noLetters',
  past: 'validation.notFuture',
  not_future: 'validation.notFuture',
  // The applicant's: a program that is not (or no longer) offered, the questionnaire, the application once submitted.
  known_program: 'validation.program.unknown',
  unknown_question: 'validation.unknownQuestion',
  single_line: 'validation.singleLine',
  locked: 'validation.locked',
  'guardian-consent': 'validation.awaiting.guardianConsent',
  // Work pages: an exchange program's dates, places and ages.
  not_before_travel_start: 'staff.validation.notBeforeTravelStart',
  before_window_close: 'staff.validation.beforeWindowClose',
  before_travel_start: 'staff.validation.beforeTravelStart',
  after_window_close: 'staff.validation.afterWindowClose',
  after_decision_release: 'staff.validation.afterDecisionRelease',
  positive_total: 'staff.validation.positiveTotal',
  not_above_max_age: 'staff.validation.notAboveMaxAge',
  future: 'staff.validation.futureToPublish',
  locked_after_window_close: 'staff.validation.lockedAfterWindowClose',
  active: 'staff.validation.partnershipNotActive',
  // Rubrics and readings.
  unknown_criterion: 'staff.validation.unknownCriterion',
  reviewable: 'staff.validation.pastReview',
  complete: 'staff.validation.notComplete',
  rubric: 'staff.validation.noRubric',
  no_conflict: 'staff.validation.conflictDeclared',
  known_reviewer: 'staff.validation.notAReviewer',
  reviewer_of_program: 'staff.validation.notReviewerOfProgram',
  active_reviewer: 'staff.validation.reviewerDisabled',
  own_application: 'staff.validation.ownApplication',
  // Partnerships, member programs, the gazetteer, webhooks.
  current: 'staff.validation.current',
  current_revision: 'staff.validation.current',
  staff_only: 'staff.validation.staffOnly',
  exists: 'staff.validation.notInGazetteer',
  in_scope: 'staff.validation.notYourCity',
};

/** The services' own rules (`errors[].rule` of their problems), with the params each needs. */
function serviceRuleMessage(rule: string, params: Params): ValidationMessage | undefined {
  const plain = PLAIN_RULES[rule];
  if (plain) return known(plain);
  const { num, str, list } = reader(params);
  switch (rule) {
    // Eligibility of a submission (`choices.<n>.exchangeProgramId`).
    case 'window': {
      const id = WINDOW_REASONS[str('reason') ?? ''];
      return id ? known(id) : undefined;
    }
    case 'side': {
      const side = str('side');
      return side === 'member' || side === 'partner' ? known(side === 'member' ? 'validation.side.member' : 'validation.side.partner') : undefined;
    }
    case 'age': {
      const [minimum, maximum, age, travelStart] = [num('minimum'), num('maximum'), num('age'), str('travelStart')];
      return minimum === undefined || maximum === undefined || age === undefined || travelStart === undefined
        ? undefined
        : known('validation.age', { minimum, maximum, age, travelStart });
    }
    case 'residence': {
      const residence = str('residence');
      if (residence === 'member-city') return known('validation.residence.memberCity');
      return residence === 'member-region' ? known('validation.residence.memberRegion') : undefined;
    }
    case 'languages': {
      const languages = list('languages');
      return languages ? known('validation.languages', { languages }) : undefined;
    }
    case 'applications-per-season': {
      const [maximum, count] = [num('maximum'), num('count')];
      return maximum === undefined || count === undefined ? undefined : known('validation.applicationsPerSeason', { maximum, count });
    }
    case 'guardian': {
      // On a choice: the age on its travel date; on the checklist: a minor on some travel date.
      const [age, travelStart] = [num('age'), str('travelStart')];
      return age === undefined || travelStart === undefined ? known('validation.guardian') : known('validation.guardian.onTravel', { age, travelStart });
    }
    case 'same_season': {
      const season = num('season');
      return season === undefined ? undefined : known('validation.sameSeason', { season });
    }
    // The checklist's items (`choices.<n>.documents.<key>`, …): what is missing, what is awaited.
    case 'documents':
    case 'answers': {
      const [title, label] = [str('title'), str('label')];
      if (title === undefined || label === undefined) return undefined;
      return known(rule === 'documents' ? 'validation.missing.document' : 'validation.missing.answer', { title, label });
    }
    case 'referees': {
      const [title, required, named] = [str('title'), num('required'), num('named')];
      return title === undefined || required === undefined || named === undefined ? undefined : known('validation.missing.referees', { title, required, named });
    }
    case 'letters': {
      const [title, received, required] = [str('title'), num('received'), num('required')];
      return title === undefined || received === undefined || required === undefined ? undefined : known('validation.awaiting.letters', { title, received, required });
    }
    // The questionnaire's answers (`answers.<key>`) and a date of birth.
    case 'type': {
      const id = ANSWER_TYPES[str('expected') ?? ''];
      return id ? known(id) : undefined;
    }
    case 'choice': {
      const values = list('values');
      return values ? known('validation.oneOf', { values: values.join(', ') }) : undefined;
    }
    case 'max_age': {
      const maximum = num('maximum');
      return maximum === undefined ? undefined : known('validation.birthDate.maxAge', { maximum });
    }
    // An exchange program's fields.
    case 'matches_travel_year': {
      const travelYear = num('travelYear');
      return travelYear === undefined ? undefined : known('staff.validation.matchesTravelYear', { travelYear });
    }
    case 'min': {
      const minimum = num('minimum');
      return minimum === undefined ? undefined : known('validation.number.min', { minimum });
    }
    case 'range':
    case 'weight':
    case 'score_range': {
      const [minimum, maximum] = [num('minimum'), num('maximum')];
      if (minimum === undefined || maximum === undefined) return undefined;
      return known(rule === 'range' ? 'validation.number.between' : 'validation.number.wholeBetween', { minimum, maximum });
    }
    case 'zero_for_direction':
    case 'positive_for_direction': {
      const id = DIRECTION_RULES[`${rule}:${str('direction') ?? ''}`];
      return id ? known(id) : undefined;
    }
    // A rubric and a reading's scores.
    case 'unique_key': {
      const key = str('key');
      return key === undefined ? undefined : known('staff.validation.uniqueKey', { key });
    }
    case 'min_criteria':
      return known('staff.validation.minCriteria');
    case 'missing_criterion': {
      const label = str('label');
      return label === undefined ? undefined : known('staff.validation.missingCriterion', { label });
    }
    case 'scored_readings': {
      const count = num('count');
      return count === undefined ? undefined : known('staff.validation.scoredReadings', { count });
    }
    case 'matching_not_committed': {
      const season = num('season');
      return season === undefined ? undefined : known('staff.validation.matchingCommitted', { season });
    }
    // Partnerships, imports, webhooks.
    case 'unique': {
      const partnershipId = str('partnershipId');
      return partnershipId === undefined ? undefined : known('staff.validation.partnershipExists', { partnershipId });
    }
    case 'once':
    case 'matched_side':
    case 'missing_side': {
      const side = str('side');
      if (side !== 'member' && side !== 'partner') return undefined;
      if (rule === 'once') return known('staff.validation.sideTwice', { side });
      const column = str('column');
      if (column === undefined) return undefined;
      return known(rule === 'matched_side' ? 'staff.validation.sideMatched' : 'staff.validation.sideMissing', { side, column });
    }
    case 'column_exists': {
      const column = str('column');
      return column === undefined ? undefined : known('staff.validation.columnMissing', { column });
    }
    case 'notification_type': {
      const type = str('type');
      return type === undefined ? undefined : known('staff.validation.notificationType', { type });
    }
    case 'invalid-url':
      return webhookUrlMessage(str('problem'), params['httpsOnly'] === true);
    case 'unresolvable': {
      const host = str('host');
      return host === undefined ? undefined : known('staff.validation.hostUnresolvable', { host });
    }
    case 'address-refused': {
      const [host, address] = [str('host'), str('address')];
      return host === undefined || address === undefined ? undefined : known('staff.validation.addressRefused', { host, address });
    }
    default:
      return undefined;
  }
}

/** Why a program's window takes no application (`window`'s `reason`; `unknown`: not a published program). */
const WINDOW_REASONS: Readonly<Record<string, MessageId>> = {
  unknown: 'validation.program.unknown',
  cancelled: 'validation.window.cancelled',
  paused: 'validation.window.paused',
  not_open_yet: 'validation.window.notOpenYet',
  closed: 'validation.window.closed',
};

/** An answer of the wrong type, by the type its question expects. */
const ANSWER_TYPES: Readonly<Record<string, MessageId>> = {
  string: 'validation.type.text',
  number: 'validation.type.number',
  boolean: 'validation.type.yesNo',
  choice: 'validation.type.choice',
};

/** An exchange program's places for its direction: none from the side that does not travel, some from each that does. */
const DIRECTION_RULES: Readonly<Record<string, MessageId>> = {
  'zero_for_direction:to_partner': 'staff.validation.zeroToPartner',
  'zero_for_direction:from_partner': 'staff.validation.zeroFromPartner',
  'positive_for_direction:to_partner': 'staff.validation.placesToPartner',
  'positive_for_direction:from_partner': 'staff.validation.placesFromPartner',
  'positive_for_direction:reciprocal': 'staff.validation.placesReciprocal',
};

function webhookUrlMessage(problem: string | undefined, httpsOnly: boolean): ValidationMessage | undefined {
  if (problem === 'not_url') return known('staff.validation.notUrl');
  if (problem === 'scheme') return known(httpsOnly ? 'staff.validation.httpsOnly' : 'validation.format.url');
  if (problem === 'credentials') return known('staff.validation.urlCredentials');
  return undefined;
}

/** The field's own name: the last part of its path that is not an index (`languages.1` → `languages`). */
function fieldName(field: string): string {
  return (
    field
      .split('.')
      .reverse()
      .find((part) => !/^\d+$/.test(part)) ?? ''
  );
}

/** What a pattern stands for, known by the fields that use it (`libs/contracts`: country and region codes, currency, city id, language tag, clock time). */
const PATTERN_MESSAGES: ReadonlyArray<[RegExp, MessageId]> = [
  [/^(country|countryCode)$/, 'validation.format.country'],
  [/^(region|regionCode)$/, 'validation.format.region'],
  [/^currency$/, 'validation.format.currency'],
  [/^(cityId|partnerCityId|existingCityId)$/, 'validation.format.cityId'],
  [/^(language|languages|languageTag|emailLanguage|locale)$/, 'validation.format.languageTag'],
  [/^(start|end)$/, 'validation.format.time'],
];

/** Patterns of keys, known by where they are in the request (a key is a requirement's, a rubric criterion's, …). */
const KEY_PATTERN_MESSAGES: ReadonlyArray<[RegExp, MessageId]> = [
  [/(^|\.)(documents|questions)\.\d+\.key$/, 'staff.validation.format.requirementKey'],
  [/(^|\.)criteria\.\d+\.key$/, 'staff.validation.format.criterionKey'],
];

function formatMessage(format: string | undefined, field: string, params: Params): ValidationMessage | undefined {
  switch (format) {
    case 'email':
      return { id: 'validation.format.email' };
    case 'url':
      return { id: 'validation.format.url' };
    case 'uuid':
    case 'guid':
      return { id: 'validation.format.id' };
    case 'date':
      return { id: 'validation.format.date' };
    case 'datetime':
      return { id: 'validation.format.datetime' };
    case 'starts_with':
      return typeof params['prefix'] === 'string' ? { id: 'validation.format.startsWith', values: { prefix: params['prefix'] } } : undefined;
    case 'regex': {
      const key = KEY_PATTERN_MESSAGES.find(([pattern]) => pattern.test(field));
      if (key) return { id: key[1] };
      const name = fieldName(field);
      const found = PATTERN_MESSAGES.find(([pattern]) => pattern.test(name));
      return found ? { id: found[1] } : undefined;
    }
    default:
      return undefined;
  }
}

/** Says a field error in words, for a form to show under its field. */
export type DescribeViolation = (violation: Violation) => string;

/**
 * A violation in the viewer's words (or the API's English words for a rule the console does
 * not know). A list of language tags (`languages`) is said by the languages' names, any
 * other list as a list, both in the viewer's language.
 */
export function formatViolation(intl: IntlShape, violation: Violation): string {
  const said = validationMessage(violation);
  if ('text' in said) return said.text;
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(said.values ?? {})) {
    if (typeof value === 'string' || typeof value === 'number') values[key] = value;
    else values[key] = intl.formatList(key === 'languages' ? value.map((tag) => languageName(intl.locale, tag)) : value, { type: 'conjunction' });
  }
  return intl.formatMessage({ id: said.id }, values);
}

function languageName(locale: string, tag: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** `describe(violation)`: a field error in the viewer's language (or the API's English words for a rule the console does not know). */
export function useDescribeViolation(): DescribeViolation {
  const intl = useIntl();
  return useCallback((violation: Violation) => formatViolation(intl, violation), [intl]);
}
