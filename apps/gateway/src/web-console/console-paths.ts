import { DOCS_URLS } from '../openapi/docs-urls';
import { QUEUE_DASHBOARD_PATH } from '../notifications/queue-dashboard/queue-dashboard-auth';

/**
 * Paths the web console never answers for, even when nothing else does: the API, the
 * probes, the metrics, the API reference and the queue dashboard keep their own 404s
 * (a problem document a script can read), so the console cannot hide a mistyped API call.
 */
export const NOT_CONSOLE_PREFIXES = ['/v1', DOCS_URLS.ui, '/healthz', '/readyz', '/metrics', QUEUE_DASHBOARD_PATH] as const;

const isUnder = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

/**
 * Whether a GET that no route answered is a visit to one of the console's pages (its
 * router draws them in the browser): a browser navigation, which accepts HTML, to a path
 * outside the API and the operational routes.
 */
export function isConsoleNavigation(path: string, accept: string | undefined): boolean {
  if (NOT_CONSOLE_PREFIXES.some((prefix) => isUnder(path, prefix))) return false;
  return (accept ?? '').toLowerCase().includes('text/html');
}
