import Handlebars from 'handlebars';
import { LAYOUT_HTML, LAYOUT_TEXT } from './layout.templates';

/** What the layout shows; every text is plain (the HTML part escapes it). */
export interface LayoutView {
  language: string;
  subject: string;
  /** Hidden preview line mail clients show after the subject. */
  preheader: string;
  heading: string;
  greeting: string;
  paragraphs: string[];
  /** The digest's lines, or null. */
  items: Array<{ when: string; title: string; summary: string }> | null;
  /** The button (an http(s) link), or null. */
  action: { label: string; url: string; fallback: string; textLabel: string } | null;
  signOff: string;
  signature: string;
  footer: string;
  /** The footer's unsubscribe link (an http(s) link), or null. */
  unsubscribe: { label: string; url: string } | null;
}

// An environment of its own: no helper another module registers can change our output.
const handlebars = Handlebars.create();
// Escapes, then keeps the line breaks of a text (an announcement's body) in HTML.
handlebars.registerHelper('lines', (text: unknown) =>
  new handlebars.SafeString(handlebars.escapeExpression(String(text)).replace(/\r?\n/g, '<br>\n')),
);

// strict: a field the view lacks is an error, not a silently empty spot.
const html = handlebars.compile<LayoutView>(LAYOUT_HTML, { strict: true });
const text = handlebars.compile<LayoutView>(LAYOUT_TEXT, { strict: true, noEscape: true });

/** The HTML part (every value escaped: facts are user input) and the plain-text part. */
export function renderLayout(view: LayoutView): { html: string; text: string } {
  return { html: html(view), text: tidyText(text(view)) };
}

/** At most one blank line in a row, no trailing spaces. */
function tidyText(rendered: string): string {
  return `${rendered
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
