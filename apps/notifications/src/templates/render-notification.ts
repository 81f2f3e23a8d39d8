import { NOTIFICATION_TYPES, type NotificationFacts, type NotificationType } from '../catalogue/notification-types';
import { renderLayout } from './layout';
import type { LayoutMessages, MessageSet } from './message-catalogue';
import { messageValues } from './message-values';
import { oneLine, readerOf } from './reader';
import type { RenderedMessage, RenderOptions } from './rendered-message';

/** Inbox lines stay short; the email carries the whole text. */
export const TITLE_MAX_LENGTH = 120;
export const SUMMARY_MAX_LENGTH = 280;

/** Only web links become buttons: a fact never smuggles a `javascript:` link into an email. */
function webLink(url: unknown): string {
  const text = String(url);
  const protocol = URL.canParse(text) ? new URL(text).protocol : '';
  if (protocol !== 'https:' && protocol !== 'http:') throw new Error(`refusing to put a non-web link in an email: ${text.slice(0, 40)}`);
  return text;
}

/**
 * Why the email came: critical ones say they ignore preferences (about an account, or an
 * application), the others where to change them: the preferences of an account, or the
 * unsubscribe page of a person without one.
 */
function footerOf(definition: { category: string; critical: boolean }, layout: LayoutMessages, withUnsubscribe: boolean): string {
  if (!definition.critical) return withUnsubscribe ? layout.footerWithoutAccount : layout.footerOptional;
  return definition.category === 'applications' ? layout.footerCriticalApplication : layout.footerCritical;
}

/** A notification in the recipient's language and time zone: subject, inbox line, text and HTML. */
export function renderNotification<T extends NotificationType>(type: T, facts: NotificationFacts<T>, options: RenderOptions): RenderedMessage {
  const { language, catalogue, formatter, greeting } = readerOf(options);
  const messages: MessageSet & { action?: string } = catalogue.types[type];
  const values = messageValues(type, facts, catalogue.vocabulary, formatter);
  const fullTitle = oneLine(formatter.format(messages.title, values));
  const summary = oneLine(formatter.format(messages.summary, values), SUMMARY_MAX_LENGTH);
  const url = (facts as { url?: unknown }).url;
  const label = messages.action === undefined ? undefined : formatter.format(messages.action, values);
  const action =
    label !== undefined && url !== undefined
      ? {
          label,
          url: webLink(url),
          fallback: formatter.format(catalogue.layout.actionFallback),
          textLabel: formatter.format(catalogue.layout.actionInText, { label }),
        }
      : null;
  // Critical messages cannot be turned off: they never carry the link, whatever the caller passes.
  const unsubscribe =
    options.unsubscribeUrl && !NOTIFICATION_TYPES[type].critical
      ? { label: formatter.format(catalogue.layout.unsubscribeLink), url: webLink(options.unsubscribeUrl) }
      : null;
  const { html, text } = renderLayout({
    language,
    subject: fullTitle,
    preheader: summary,
    heading: fullTitle,
    greeting,
    paragraphs: messages.body.map((paragraph) => formatter.format(paragraph, values)).filter((paragraph) => paragraph !== ''),
    items: null,
    action,
    signOff: formatter.format(catalogue.layout.signOff),
    signature: formatter.format(catalogue.layout.signature),
    footer: formatter.format(footerOf(NOTIFICATION_TYPES[type], catalogue.layout, unsubscribe !== null)),
    unsubscribe,
  });
  return { language, subject: fullTitle, title: oneLine(fullTitle, TITLE_MAX_LENGTH), summary, text, html };
}
