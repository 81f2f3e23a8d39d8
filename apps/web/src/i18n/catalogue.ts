import { loadMessages, loadWorkMessages, type Locale, type Messages } from './locales';

export interface ShownCatalogue {
  locale: Locale;
  messages: Messages;
  /** Whether the work catalogue is part of `messages`. */
  withWork: boolean;
}

/**
 * The messages the console shows, in the chosen language: the first catalogue always, the
 * work catalogue once a work page asked for it (`include`), in whichever language is chosen
 * later too. A store outside React, so that a route's guard can wait for the work catalogue
 * before its page is drawn; the LocaleProvider reads it.
 */
class Catalogue {
  private shown: ShownCatalogue | null = null;
  private locale: Locale | undefined;
  private withWork = false;
  /** Each `show` is numbered: only the latest publishes (a later language choice wins). */
  private latest = 0;
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly snapshot = (): ShownCatalogue | null => this.shown;

  /** Loads and shows `locale`'s catalogues (those asked for so far). */
  async show(locale: Locale): Promise<void> {
    this.locale = locale;
    const attempt = ++this.latest;
    const withWork = this.withWork;
    const [first, work] = await Promise.all([loadMessages(locale), withWork ? loadWorkMessages(locale) : Promise.resolve({})]);
    if (attempt !== this.latest) return;
    this.shown = { locale, messages: { ...first, ...work }, withWork };
    for (const listener of this.listeners) listener();
  }

  /** Adds the work catalogue to what is shown; resolves once it is (at once when it already is). */
  async includeWork(): Promise<void> {
    this.withWork = true;
    if (this.shown?.withWork && this.shown.locale === this.locale) return;
    await this.show(this.locale ?? 'en');
  }
}

export const catalogue = new Catalogue();
