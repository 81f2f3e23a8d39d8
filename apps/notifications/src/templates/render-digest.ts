import { renderLayout } from './layout';
import { oneLine, readerOf } from './reader';
import type { RenderedMessage, RenderOptions } from './rendered-message';

/** One notification of a digest: its inbox line, already in the recipient's language. */
export interface DigestItem {
  title: string;
  summary: string;
  createdAt: Date;
}

/** The daily digest: the day's notifications as one message, oldest first. */
export function renderDigest(items: readonly DigestItem[], options: RenderOptions): RenderedMessage {
  const { language, catalogue, formatter, greeting } = readerOf(options);
  const { digest, layout } = catalogue;
  const count = { count: items.length };
  const subject = oneLine(formatter.format(digest.subject, count));
  const title = oneLine(formatter.format(digest.title, count));
  const summary = oneLine(formatter.format(digest.summary, count));
  const ordered = [...items].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const { html, text } = renderLayout({
    language,
    subject,
    preheader: summary,
    heading: title,
    greeting,
    paragraphs: [formatter.format(digest.intro, count)],
    items: ordered.map((item) => ({
      when: formatter.format('{createdAt, date, brief}', { createdAt: item.createdAt }),
      title: oneLine(item.title),
      summary: oneLine(item.summary),
    })),
    action: null,
    signOff: formatter.format(layout.signOff),
    signature: formatter.format(layout.signature),
    footer: formatter.format(digest.footer),
    // A digest is an account holder's choice (staff): their settings are in the console.
    unsubscribe: null,
  });
  return { language, subject, title, summary, text, html };
}
