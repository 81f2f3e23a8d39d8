import type en from './messages/en.json';
import type enWork from './messages/work/en.json';

/** The console's languages: the same four as the platform's emails. */
export const LOCALES = ['en', 'es', 'fr', 'de'] as const;
export type Locale = (typeof LOCALES)[number];
/** Every message id: the first catalogue's (public pages, applicants, everyone's inbox) and the work catalogue's. */
export type MessageId = keyof typeof en | keyof typeof enWork;
/** A catalogue or part of one: the work catalogue is loaded only when a work page is opened. */
export type Messages = Partial<Record<MessageId, string>>;

/** Each language's name in itself, for the switcher. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', es: 'Español', fr: 'Français', de: 'Deutsch' };

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/**
 * The language to show: the one the person chose here before, else the first of their
 * browser's languages the console speaks (`fr-CA` is French), else English.
 */
export function pickLocale(saved: string | null, preferred: readonly string[]): Locale {
  if (isLocale(saved)) return saved;
  for (const tag of preferred) {
    const language = tag.toLowerCase().split('-')[0];
    if (isLocale(language)) return language;
  }
  return 'en';
}

/**
 * A language's first catalogue, loaded on demand so each visitor downloads one: what the
 * public pages, applicants and everyone's inbox and settings say.
 */
export async function loadMessages(locale: Locale): Promise<Messages> {
  switch (locale) {
    case 'en':
      return (await import('./messages/en.json')).default;
    case 'es':
      return (await import('./messages/es.json')).default;
    case 'fr':
      return (await import('./messages/fr.json')).default;
    case 'de':
      return (await import('./messages/de.json')).default;
  }
}

/**
 * A language's work catalogue: the pages of network staff, partner-city contacts, program
 * admins and reviewers (message ids `staff.*`, `partner.*`, `ops.*`, `review.*`, …). Kept
 * out of the first catalogue, so that the directory — the page most visitors open — does
 * not download the words of pages they will never see.
 */
export async function loadWorkMessages(locale: Locale): Promise<Messages> {
  switch (locale) {
    case 'en':
      return (await import('./messages/work/en.json')).default;
    case 'es':
      return (await import('./messages/work/es.json')).default;
    case 'fr':
      return (await import('./messages/work/fr.json')).default;
    case 'de':
      return (await import('./messages/work/de.json')).default;
  }
}
