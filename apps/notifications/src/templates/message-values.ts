import { z } from 'zod';
import { NOTIFICATION_TYPES, type NotificationFacts, type NotificationType } from '../catalogue/notification-types';
import { pauseCauseOf, type PauseFacts } from '../catalogue/pause-cause-facts';
import type { MessageFormatter, MessageValue, MessageValues } from './message-formatter';
import type { Vocabulary } from './message-catalogue';

// Turns a notification's facts into the arguments its ICU messages take. What a fact is comes
// from its schema in notification-types.ts, so a new type's dates need nothing here:
//   ISO date-time → Date (shown in the recipient's zone) · ISO date → Date at midnight UTC
//   boolean → 'true' | 'false' (for `select`) · null → 'none' (for `select`)
// and a few facts are put in words: country codes, exchange categories, roles, changed dates,
// a pause's cause, an application's ranked choices, its waiting lists, what it still misses,
// a list of programs.

export type FactKind = 'instant' | 'calendar-day' | 'other';

/** What a fact's schema says it is: an instant, a day of the calendar, or anything else. */
export function factKindOf(schema: z.ZodType): FactKind {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodNullable || inner instanceof z.ZodOptional) inner = inner.unwrap() as z.ZodType;
  if (inner instanceof z.ZodISODateTime) return 'instant';
  if (inner instanceof z.ZodISODate) return 'calendar-day';
  return 'other';
}

function words<K extends string>(names: Partial<Record<K, string>>, value: string): string | undefined {
  return Object.hasOwn(names, value) ? names[value as K] : undefined;
}

function plainValue(kind: FactKind, value: unknown): MessageValue {
  if (value === null || value === undefined) return 'none';
  if (kind === 'instant') return new Date(String(value));
  if (kind === 'calendar-day') return new Date(`${String(value)}T00:00:00Z`);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(String).join(', ');
  return JSON.stringify(value);
}

/** The arguments of a type's messages, from its facts, in the reader's words. */
export function messageValues<T extends NotificationType>(
  type: T,
  facts: NotificationFacts<T>,
  vocabulary: Vocabulary,
  formatter: MessageFormatter,
): MessageValues {
  const shape = NOTIFICATION_TYPES[type].facts.shape as Record<string, z.ZodType>;
  const given = facts as Record<string, unknown>;
  const values: Record<string, MessageValue> = {};
  for (const [key, schema] of Object.entries(shape)) values[key] = plainValue(factKindOf(schema), given[key]);

  if (typeof given['memberCountryCode'] === 'string') values['memberCountry'] = formatter.country(given['memberCountryCode']);
  if (typeof given['partnerCountryCode'] === 'string') values['partnerCountry'] = formatter.country(given['partnerCountryCode']);
  if (typeof given['category'] === 'string') {
    values['category'] = words(vocabulary.exchangeCategories, given['category']) ?? given['category'];
  }
  if (Array.isArray(given['roles'])) {
    const roles = given['roles'].map((role: string) => words(vocabulary.roles, role) ?? role);
    values['roles'] = formatter.list([...new Set(roles)]);
  }
  if (Array.isArray(given['changed'])) {
    // Only dates are announced by name; anything else reads as "the schedule".
    const named = given['changed'].map((field: string) => words(vocabulary.programDates, field)).filter((name) => name !== undefined);
    values['changed'] = named.length ? formatter.list([...new Set(named)]) : vocabulary.programDates.other;
  }
  if (Array.isArray(given['choices'])) {
    // An application's ranked programs, one a line ("1. Title"), first choice first; `choiceCount` for plurals.
    const choices = given['choices'] as Array<{ rank: number; title: string | null }>;
    values['choices'] = choices.map((choice) => `${choice.rank}. ${choice.title ?? vocabulary.unnamedProgram}`).join('\n');
    values['choiceCount'] = choices.length;
  }
  if (Array.isArray(given['waitlists'])) {
    // The waiting lists an applicant is on, one a line ("Title: number 3 on the waiting list"); `waitlistCount` for plurals.
    const waitlists = given['waitlists'] as Array<{ title: string | null; position: number }>;
    values['waitlists'] = waitlists
      .map((entry) => formatter.format(vocabulary.waitlistEntry, { title: entry.title ?? vocabulary.unnamedProgram, position: entry.position }))
      .join('\n');
    values['waitlistCount'] = waitlists.length;
  }
  if (Array.isArray(given['missing'])) {
    // What an applicant must still provide, one a line ("– Upload the document “passport”"), in
    // the reader's words from the rule and the key (never the applications service's English
    // message); `missingCount` for plurals and for "everything is there".
    const missing = given['missing'] as Array<{ rule: string; field: string; key: string | null }>;
    values['missing'] = missing
      .map((item) => {
        const message = words(vocabulary.missingRequirements, item.rule) ?? vocabulary.missingRequirements.other;
        return `– ${formatter.format(message, { key: item.key ?? item.field, field: item.key ?? item.field })}`;
      })
      .join('\n');
    values['missingCount'] = missing.length;
  }
  if (Array.isArray(given['programs'])) {
    // Programs named by their titles, as a list in the reader's words ("A, B and C"); `programCount` for plurals.
    const programs = given['programs'] as Array<{ title: string }>;
    values['programs'] = formatter.list(programs.map((program) => program.title));
    values['programCount'] = programs.length;
  }
  if (Object.hasOwn(shape, 'cause')) {
    // The code in the reader's words and the note as given: never the code itself, nor the English reason.
    const cause = pauseCauseOf(given as unknown as PauseFacts);
    values['cause'] = vocabulary.pauseCauses[cause.code];
    values['causeNote'] = cause.note ?? 'none';
  }
  return values;
}
