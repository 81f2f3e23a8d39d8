/**
 * Which cached reads an inbox item makes stale: always the inbox; for an application's
 * news (decision, offer, confirmation…) the applicant's applications too.
 */
export function keysToInvalidate(item: { type?: unknown; category?: unknown }): string[][] {
  const keys = [['me', 'inbox']];
  const type = typeof item.type === 'string' ? item.type : '';
  if (item.category === 'applications' || type.startsWith('application.') || type.startsWith('reminder.')) keys.push(['me', 'applications']);
  return keys;
}
