import type en from './messages/en.json';

/** The console's languages: the same four as the platform's emails. */
export const LOCALES = ['en', 'es', 'fr', 'de'] as const;
export type Locale = (typeof LOCALES)[number];
export type MessageId = keyof typeof en;
export type Messages = Record<MessageId, string>;

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

/** A language's catalogue, loaded on demand so each visitor downloads one. */
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
