/**
 * The Content-Security-Policy of the console's page. The gateway's own policy allows
 * nothing (it answers JSON); the console's page loads its scripts, styles and fonts from
 * this origin only and talks to this origin only. Styles also allow inline ones: the
 * component library sets its theme's CSS variables in a `<style>` element and in `style`
 * attributes at run time. Scripts stay 'self' only, so injected markup runs nothing.
 */
export const CONSOLE_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
