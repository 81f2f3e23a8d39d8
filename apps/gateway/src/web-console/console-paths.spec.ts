import { isConsoleNavigation } from './console-paths';

const HTML = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe(isConsoleNavigation.name, () => {
  it('takes a browser navigation to a page of the console', () => {
    expect(isConsoleNavigation('/', HTML)).toBe(true);
    expect(isConsoleNavigation('/verify-email', HTML)).toBe(true);
    expect(isConsoleNavigation('/programs/0190a5a4-7c1e-7d3a-9a51-3f0e2b6c1d2e', HTML)).toBe(true);
  });

  it('leaves callers that do not ask for HTML to the 404 problem', () => {
    expect(isConsoleNavigation('/verify-email', 'application/json')).toBe(false);
    expect(isConsoleNavigation('/verify-email', undefined)).toBe(false);
  });

  it('never answers under the API, the probes, the metrics, the reference or the queue dashboard', () => {
    for (const path of ['/v1', '/v1/nothing-here', '/healthz', '/readyz', '/metrics', '/docs/unknown', '/admin/queues/x']) {
      expect({ path, console: isConsoleNavigation(path, HTML) }).toEqual({ path, console: false });
    }
  });

  it('matches those prefixes as whole path segments', () => {
    expect(isConsoleNavigation('/v1x', HTML)).toBe(true);
    expect(isConsoleNavigation('/docsearch', HTML)).toBe(true);
  });
});
