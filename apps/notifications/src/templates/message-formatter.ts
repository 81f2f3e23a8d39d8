import { IntlMessageFormat, type Formats, type Formatters } from 'intl-messageformat';

/** What an ICU message's arguments may be. */
export type MessageValue = string | number | Date;
export type MessageValues = Readonly<Record<string, MessageValue>>;

type MessageAst = ReturnType<IntlMessageFormat['getAst']>;

// Messages are the catalogues' fixed strings (never facts), so parsing each once is bounded.
const parsedMessages = new Map<string, MessageAst>();

function parsed(message: string): MessageAst {
  let ast = parsedMessages.get(message);
  if (!ast) {
    // ignoreTag: a '<' in a message is text, not rich-text markup.
    ast = new IntlMessageFormat(message, 'en', undefined, { ignoreTag: true }).getAst();
    parsedMessages.set(message, ast);
  }
  return ast;
}

/** The named date styles messages use (see message-catalogue.ts). */
function dateStyles(timeZone: string): Formats['date'] {
  const localDay: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric', timeZone };
  return {
    // A calendar day (a fact without a time, kept as midnight UTC) is the same day everywhere.
    calendar: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
    day: localDay,
    moment: { ...localDay, hour: 'numeric', minute: '2-digit', timeZoneName: 'short' },
    brief: { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone },
  };
}

/** French writes the first day of a month as an ordinal: « le 1er avril », not « le 1 avril ». */
class FrenchDateTimeFormat extends Intl.DateTimeFormat {
  override format(date?: Date | number): string {
    return this.formatToParts(date)
      .map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value))
      .join('');
  }
}

/** Intl formatters made once per render instead of once per message. */
function sharedFormatters(locale: string): Formatters {
  const DateTimeFormat = new Intl.Locale(locale).language === 'fr' ? FrenchDateTimeFormat : Intl.DateTimeFormat;
  const made = new Map<string, unknown>();
  const once = <T>(kind: string, args: unknown[], make: () => T): T => {
    const key = `${kind}:${JSON.stringify(args)}`;
    if (!made.has(key)) made.set(key, make());
    return made.get(key) as T;
  };
  return {
    getNumberFormat: (locales, options) => once('number', [locales, options], () => new Intl.NumberFormat(locales, options as Intl.NumberFormatOptions)),
    getDateTimeFormat: (...args) => once('date', args, () => new DateTimeFormat(...args)),
    getPluralRules: (...args) => once('plural', args, () => new Intl.PluralRules(...args)),
  };
}

/**
 * Formats ICU messages in one locale and time zone. Keeps what it builds (Intl formatters,
 * compiled messages, country names): reuse one per locale and zone.
 */
export class MessageFormatter {
  private readonly formats: Partial<Formats>;
  private readonly formatters: Formatters;
  private readonly compiled = new Map<string, IntlMessageFormat>();
  private readonly countries = new Map<string, string>();
  private lists?: Intl.ListFormat;
  private regions?: Intl.DisplayNames;

  constructor(
    readonly locale: string,
    readonly timeZone: string,
  ) {
    this.formatters = sharedFormatters(locale);
    const dates = dateStyles(timeZone);
    // `time` styles are the same as the date ones, so `{x, time, moment}` cannot drop the zone.
    this.formats = { date: dates, time: dates };
  }

  /** `message` is a catalogue's text, never a fact (it is compiled, and kept). */
  format(message: string, values: MessageValues = {}): string {
    let formatter = this.compiled.get(message);
    if (!formatter) {
      formatter = new IntlMessageFormat(parsed(message), this.locale, this.formats, { formatters: this.formatters });
      this.compiled.set(message, formatter);
    }
    const formatted = formatter.format<string>(values);
    return (Array.isArray(formatted) ? formatted.join('') : String(formatted)).trim();
  }

  /** A list in the reader's language: "a, b and c". */
  list(items: readonly string[]): string {
    this.lists ??= new Intl.ListFormat(this.locale, { type: 'conjunction' });
    return this.lists.format(items);
  }

  /** A country's name in the reader's language (the code when unknown). */
  country(code: string): string {
    let name = this.countries.get(code);
    if (name === undefined) {
      this.regions ??= new Intl.DisplayNames([this.locale], { type: 'region', fallback: 'code' });
      try {
        name = this.regions.of(code.toUpperCase()) ?? code;
      } catch {
        name = code; // not a region code at all
      }
      if (this.countries.size < 500) this.countries.set(code, name);
    }
    return name;
  }
}
