import type { TemplateLanguage } from '../catalogue/categories';
import { CATALOGUES } from './catalogues';
import type { LanguageCatalogue } from './message-catalogue';
import { MessageFormatter } from './message-formatter';
import type { RenderOptions } from './rendered-message';
import { formattingLocaleOf, templateLanguageOf, timeZoneOf } from './template-language';

/** The recipient as messages see them: their catalogue, formatter and greeting. */
export interface Reader {
  language: TemplateLanguage;
  catalogue: LanguageCatalogue;
  formatter: MessageFormatter;
  greeting: string;
}

// Formatters by locale and time zone, kept so that a fan-out to thousands of recipients
// builds each Intl formatter once (building one costs far more than using it).
const FORMATTERS_KEPT = 64;
const formatters = new Map<string, MessageFormatter>();

function formatterFor(locale: string, timeZone: string): MessageFormatter {
  const key = `${locale}|${timeZone}`;
  let formatter = formatters.get(key);
  if (formatter) {
    formatters.delete(key); // most recently used last
  } else {
    formatter = new MessageFormatter(locale, timeZone);
    const leastRecentlyUsed = formatters.keys().next().value;
    if (formatters.size >= FORMATTERS_KEPT && leastRecentlyUsed !== undefined) formatters.delete(leastRecentlyUsed);
  }
  formatters.set(key, formatter);
  return formatter;
}

export function readerOf(options: RenderOptions): Reader {
  const language = templateLanguageOf(options.language);
  const catalogue = CATALOGUES[language];
  const formatter = formatterFor(formattingLocaleOf(options.language, language), timeZoneOf(options.timeZone));
  const name = options.recipientName.trim();
  const greeting = name
    ? formatter.format(catalogue.layout.greeting, { name })
    : formatter.format(catalogue.layout.greetingWithoutName);
  return { language, catalogue, formatter, greeting };
}

/**
 * One line (no line breaks or runs of spaces), cut at a word with "…" past `max` characters.
 * No-break spaces stay: French puts them before colons, dates put them before "PM".
 */
export function oneLine(text: string, max = Number.POSITIVE_INFINITY): string {
  const line = text.replace(/[\t\n\v\f\r ]+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
