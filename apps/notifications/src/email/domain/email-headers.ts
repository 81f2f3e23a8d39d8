import type { UnsubscribeLink } from '../../email-subscriptions/infra/unsubscribe-links';
import { unsubscribeHeaders } from './unsubscribe-headers';

/** Headers every email of the platform carries, in the language of its text. */
export function automatedEmailHeaders(language: string): Record<string, string> {
  return {
    // RFC 3834: machine-made; auto-responders (out-of-office) should not answer it.
    'Auto-Submitted': 'auto-generated',
    'X-Auto-Response-Suppress': 'OOF, AutoReply',
    'Content-Language': language,
  };
}

/** Headers of one notification's email: which notification, and its unsubscribe link when it has one. */
export function notificationEmailHeaders(notification: { id: string; type: string }, unsubscribe: UnsubscribeLink | null): Record<string, string> {
  return {
    'X-SCN-Notification-Id': notification.id,
    'X-SCN-Notification-Type': notification.type,
    ...unsubscribeHeaders(unsubscribe),
  };
}
