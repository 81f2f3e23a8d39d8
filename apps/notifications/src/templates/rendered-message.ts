import type { TemplateLanguage } from '../catalogue/categories';

/** Whom a message is rendered for. */
export interface RenderOptions {
  /** The recipient's BCP 47 language tag (`fr-CA` reads French; an unknown language, English). */
  language: string;
  /** IANA time zone dates are shown in; null or unknown: UTC. */
  timeZone?: string | null;
  recipientName: string;
  /**
   * The console's unsubscribe page for this recipient (`/unsubscribe?token=…`), given for a
   * non-critical email to a person without an account: the footer then links to it.
   */
  unsubscribeUrl?: string | null;
}

/** A notification in the recipient's language: the email's parts and the inbox line. */
export interface RenderedMessage {
  language: TemplateLanguage;
  subject: string;
  /** The inbox title: one short line, no HTML. */
  title: string;
  /** The inbox line under the title: short, no HTML. */
  summary: string;
  text: string;
  html: string;
}
