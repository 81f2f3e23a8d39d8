/** The link a person follows from an email to the web app's page for `purpose`. */
export function emailedLink(publicWebUrl: string, page: string, token: string, expiresAt: Date) {
  const url = new URL(page, publicWebUrl.endsWith('/') ? publicWebUrl : `${publicWebUrl}/`);
  url.searchParams.set('token', token);
  return { url: url.toString(), expiresAt: expiresAt.toISOString() };
}
