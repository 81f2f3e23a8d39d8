/**
 * An address partly hidden (`ada.lovelace@example.org` → `a•••@example.org`): the page of
 * an unsubscribe link says which address it manages without showing it whole to whoever
 * the email was forwarded to.
 */
export function maskedEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '•••';
  return `${email[0]}•••${email.slice(at)}`;
}
