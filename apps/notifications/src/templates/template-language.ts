import { TEMPLATE_LANGUAGES, type TemplateLanguage } from '../catalogue/categories';

/** A recipient's tag, canonical (`fr-ca` → `fr-CA`), and its language subtag (`fr`). */
interface ReadTag {
  canonical: string;
  language: string;
}

// Reading a tag through Intl (canonical form, then its language) is slow next to a render:
// a fan-out read every recipient's twice, 1.5 % of the service's CPU. Each answer is kept,
// as the zones' below (tags are few).
const readTags = new Map<string, ReadTag | null>();

/** The recipient's BCP 47 tag read, or null when it is not one. */
function readTag(tag: string | null | undefined): ReadTag | null {
  if (!tag?.trim()) return null;
  let read = readTags.get(tag);
  if (read === undefined) {
    try {
      const canonical = Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0];
      read = canonical ? { canonical, language: new Intl.Locale(canonical).language } : null;
    } catch {
      read = null;
    }
    if (readTags.size < 2_000) readTags.set(tag, read);
  }
  return read;
}

function isTemplateLanguage(value: string): value is TemplateLanguage {
  return (TEMPLATE_LANGUAGES as readonly string[]).includes(value);
}

/** The catalogue a recipient reads: `fr-CA` → fr; a language without one (or no tag) → en. */
export function templateLanguageOf(tag: string | null | undefined): TemplateLanguage {
  const language = readTag(tag)?.language;
  return language && isTemplateLanguage(language) ? language : 'en';
}

/**
 * The locale dates, numbers and lists are formatted in: the recipient's own tag when the
 * catalogue is of its language (a Canadian reads `fr-CA` dates), else the catalogue's language.
 */
export function formattingLocaleOf(tag: string | null | undefined, language: TemplateLanguage): string {
  const read = readTag(tag);
  return read && read.language === language ? read.canonical : language;
}

// Checking a zone builds an Intl formatter, which is slow: each answer is kept (zones are few).
const knownZones = new Map<string, string>();

/** The recipient's IANA time zone when the runtime knows it, else UTC. */
export function timeZoneOf(timeZone: string | null | undefined): string {
  if (!timeZone) return 'UTC';
  let known = knownZones.get(timeZone);
  if (known === undefined) {
    try {
      known = new Intl.DateTimeFormat('en', { timeZone }).resolvedOptions().timeZone;
    } catch {
      known = 'UTC';
    }
    if (knownZones.size < 2_000) knownZones.set(timeZone, known);
  }
  return known;
}
