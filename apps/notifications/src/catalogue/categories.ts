/**
 * What a recipient can opt out of, per channel. `account` holds the critical messages
 * (invitations, email verification, password reset): they cannot be turned off.
 * `applications` holds an applicant's messages about their own applications and the links
 * referees and guardians are sent (some of them critical: see notification-types.ts).
 */
export const NOTIFICATION_CATEGORIES = [
  'account',
  'partnerships',
  'membership',
  'exchanges',
  'applications',
  'reminders',
  'webhooks',
  'announcements',
] as const;
export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number];

export const CHANNELS = ['email', 'webhook', 'inbox'] as const;
export type ChannelName = (typeof CHANNELS)[number];

/** The languages every template is written in; any other language falls back to English. */
export const TEMPLATE_LANGUAGES = ['en', 'es', 'fr', 'de'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];
