import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import type { FieldViolation } from '@scn/contracts/rpc/rpc-error';
import type { MessageId } from '../i18n/locales';

/** A field error as the API reports it and as the console's own zod checks find it. */
export type Violation = Pick<FieldViolation, 'field' | 'rule' | 'message' | 'params'>;

/** How to say a violation: a message of the catalogue with its values, or (for a rule the console does not know) the API's English words. */
export type ValidationMessage = { id: MessageId; values?: Record<string, string | number> } | { text: string };

/**
 * Which message says a broken rule, from its machine-readable parts only: the rule (a zod
 * issue code, or a custom rule's name such as `control_character`), its params (`minimum`,
 * `maximum`, `origin`, `format`, `expected`, …) and the field (a pattern's meaning is in
 * the field's name: `country`, `currency`, `quietHours.start`). A rule, or a variant of one,
 * it does not know keeps the API's English message rather than a vague one.
 */
export function validationMessage({ rule, params = {}, field, message }: Violation): ValidationMessage {
  const known = (id: MessageId, values?: Record<string, string | number>): ValidationMessage => (values ? { id, values } : { id });
  const fallback: ValidationMessage = { text: message };
  const num = (key: string) => (typeof params[key] === 'number' ? (params[key] as number) : undefined);
  const str = (key: string) => (typeof params[key] === 'string' ? (params[key] as string) : undefined);
  const inclusive = params['inclusive'] !== false;
  const origin = str('origin');

  switch (rule) {
    case 'required':
      return known('validation.required');
    case 'too_small': {
      const minimum = num('minimum');
      if (minimum === undefined) return fallback;
      if (origin === 'string') {
        if (params['exact'] === true) return known('validation.string.exact', { length: minimum });
        return minimum === 1 ? known('validation.notEmpty') : known('validation.string.min', { minimum });
      }
      if (origin === 'array' || origin === 'set') return known('validation.array.min', { minimum });
      if (origin === 'number' || origin === 'int' || origin === 'bigint') return known(inclusive ? 'validation.number.min' : 'validation.number.greater', { minimum });
      return fallback;
    }
    case 'too_big': {
      const maximum = num('maximum');
      if (maximum === undefined) return fallback;
      if (origin === 'string') return known(params['exact'] === true ? 'validation.string.exact' : 'validation.string.max', params['exact'] === true ? { length: maximum } : { maximum });
      if (origin === 'array' || origin === 'set') return known('validation.array.max', { maximum });
      if (origin === 'number' || origin === 'int' || origin === 'bigint') return known(inclusive ? 'validation.number.max' : 'validation.number.less', { maximum });
      return fallback;
    }
    case 'invalid_format':
      return formatMessage(str('format'), field, params) ?? fallback;
    case 'invalid_type': {
      // A form sends strings, and null for a choice not made: a missing value, not a wrong type.
      const expected = str('expected');
      if (expected === 'number') return known('validation.type.number');
      if (expected === 'int') return known('validation.type.int');
      return expected ? known('validation.required') : fallback;
    }
    case 'invalid_value': {
      const values = params['values'];
      return Array.isArray(values) && values.length ? known('validation.oneOf', { values: values.join(', ') }) : fallback;
    }
    case 'not_multiple_of': {
      const divisor = num('divisor');
      return divisor === undefined ? fallback : known('validation.multipleOf', { divisor });
    }
    case 'duplicate':
      return known('validation.duplicate');
    case 'control_character':
      return known('validation.controlCharacter');
    case 'unpaired_surrogate':
      return known('validation.unpairedSurrogate');
    case 'year_out_of_range': {
      const minimum = num('minimum');
      const maximum = num('maximum');
      return minimum === undefined || maximum === undefined ? fallback : known('validation.yearOutOfRange', { minimum, maximum });
    }
    default:
      return fallback;
  }
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

function formatMessage(format: string | undefined, field: string, params: NonNullable<Violation['params']>): ValidationMessage | undefined {
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

/** `describe(violation)`: a field error in the viewer's language (or the API's English words for a rule the console does not know). */
export function useDescribeViolation(): DescribeViolation {
  const intl = useIntl();
  return useCallback(
    (violation: Violation) => {
      const said = validationMessage(violation);
      return 'text' in said ? said.text : intl.formatMessage({ id: said.id }, said.values);
    },
    [intl],
  );
}
