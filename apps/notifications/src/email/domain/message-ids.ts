import { createHash } from 'node:crypto';

/** The domain of the From address (`Name <no-reply@scn.example>` → `scn.example`), for Message-IDs. */
export function mailDomainOf(from: string): string {
  const match = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from.trim());
  return match?.[1] ?? 'scn';
}

/**
 * One Message-ID per notification, whatever the try: a retried send that did reach the
 * mailbox the first time (the reply was lost) is recognisable as the same message.
 */
export function notificationMessageId(notificationId: string, domain: string): string {
  return `<${notificationId}@${domain}>`;
}

/** A digest's Message-ID: the same for the same recipient and the same notifications. */
export function digestMessageId(
  recipientId: string,
  items: ReadonlyArray<{ title: string; summary: string; createdAt: Date }>,
  domain: string,
): string {
  const content = JSON.stringify(items.map((item) => [item.createdAt.toISOString(), item.title, item.summary]));
  const digest = createHash('sha256').update(content).digest('hex').slice(0, 24);
  return `<digest-${recipientId}-${digest}@${domain}>`;
}
