// Templates of every notification type in every template language (issue #6).
export { renderNotification, SUMMARY_MAX_LENGTH, TITLE_MAX_LENGTH } from './render-notification';
export { renderDigest, type DigestItem } from './render-digest';
export type { RenderedMessage, RenderOptions } from './rendered-message';
export { templateLanguageOf } from './template-language';
