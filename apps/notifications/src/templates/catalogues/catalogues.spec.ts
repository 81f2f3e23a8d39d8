import { z } from 'zod';
import { TEMPLATE_LANGUAGES } from '../../catalogue/categories';
import { NOTIFICATION_TYPE_NAMES, NOTIFICATION_TYPES } from '../../catalogue/notification-types';
import { factKindOf } from '../message-values';
import { CATALOGUES } from '.';

// Rules a translator could break without any render failing: checked on the message texts.

/** Every message of a type, with where it comes from. */
function messagesOf(language: (typeof TEMPLATE_LANGUAGES)[number]) {
  return NOTIFICATION_TYPE_NAMES.flatMap((type) => {
    const set: { title: string; summary: string; body: readonly string[]; action?: string } = CATALOGUES[language].types[type];
    const texts = [set.title, set.summary, ...set.body, ...(set.action ? [set.action] : [])];
    return texts.map((text) => ({ type, text }));
  });
}

const DATE_ARGUMENT = /\{\s*(\w+)\s*,\s*(?:date|time)\s*(?:,\s*(\w+)\s*)?\}/g;

describe('message catalogues', () => {
  it.each(TEMPLATE_LANGUAGES)('%s: shows a calendar day as `calendar` and an instant in the reader’s zone', (language) => {
    for (const { type, text } of messagesOf(language)) {
      const shape = NOTIFICATION_TYPES[type].facts.shape as Record<string, z.ZodType>;
      for (const [, name, style] of text.matchAll(DATE_ARGUMENT)) {
        const kind = name && shape[name] ? factKindOf(shape[name]) : 'other';
        const where = `${language} ${type}: {${name}, date, ${style}}`;
        expect(kind === 'other' ? where : 'a date fact').toBe('a date fact');
        expect(`${where} → ${kind === 'calendar-day' ? style === 'calendar' : ['day', 'moment', 'brief'].includes(style ?? '')}`).toBe(`${where} → true`);
      }
    }
  });

  it.each(TEMPLATE_LANGUAGES)('%s: writes apostrophes as ’ (an ASCII apostrophe quotes ICU syntax)', (language) => {
    const { layout, digest } = CATALOGUES[language];
    const texts = [...messagesOf(language).map((m) => m.text), ...Object.values(layout), ...Object.values(digest)];
    expect(texts.filter((text) => text.includes("'"))).toEqual([]);
  });
});
