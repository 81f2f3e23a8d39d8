import { TEMPLATE_LANGUAGES, type TemplateLanguage } from '../catalogue/categories';

/** The recipient's BCP 47 tag, canonical (`fr-ca` → `fr-CA`), or null when it is not one. */
function canonicalTag(tag: string | null | undefined): string | null {
  if (!tag?.trim()) return null;
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0] ?? null;
  } catch {
    return null;
  }
}

function isTemplateLanguage(value: string): value is TemplateLanguage {
  return (TEMPLATE_LANGUAGES as readonly string[]).includes(value);
}

/** The catalogue a recipient reads: `fr-CA` → fr; a language without one (or no tag) → en. */
export function templateLanguageOf(tag: string | null | undefined): TemplateLanguage {
  const canonical = canonicalTag(tag);
  if (!canonical) return 'en';
  const language = new Intl.Locale(canonical).language;
  return isTemplateLanguage(language) ? language : 'en';
}

/**
 * The locale dates, numbers and lists are formatted in: the recipient's own tag when the
 * catalogue is of its language (a Canadian reads `fr-CA` dates), else the catalogue's language.
 */
export function formattingLocaleOf(tag: string | null | undefined, language: TemplateLanguage): string {
  const canonical = canonicalTag(tag);
  return canonical && new Intl.Locale(canonical).language === language ? canonical : language;
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
