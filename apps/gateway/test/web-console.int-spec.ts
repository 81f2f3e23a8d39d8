import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GatewayUnderTest } from './gateway-harness';

// The gateway serves the web console (apps/web, built) at `/` and its page for browser
// navigations, without ever shadowing the API, the probes or the reference.

const HTML = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

describe('the web console served by the gateway', () => {
  let gateway: GatewayUnderTest;
  let consoleDir: string;

  beforeAll(async () => {
    consoleDir = mkdtempSync(path.join(tmpdir(), 'scn-console-'));
    mkdirSync(path.join(consoleDir, 'assets'));
    writeFileSync(path.join(consoleDir, 'index.html'), '<!doctype html><title>console</title><div id="root"></div>');
    writeFileSync(path.join(consoleDir, 'assets', 'main-abc123.js'), 'console.log("console")');
    gateway = await GatewayUnderTest.start({ env: { WEB_CONSOLE_DIR: consoleDir } });
  });
  afterAll(async () => {
    await gateway.stop();
    rmSync(consoleDir, { recursive: true, force: true });
  });

  it('serves the console page at / with a policy that lets its own scripts run', async () => {
    const response = await gateway.request('GET', '/', { headers: HTML });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.body).toContain('<div id="root">');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers the pages the platform links to from its emails with the console', async () => {
    for (const page of ['/verify-email?token=abc', '/reset-password?token=abc', '/accept-invitation?token=abc', '/programs/some-id']) {
      const response = await gateway.request('GET', page, { headers: HTML });
      expect({ page, status: response.status, html: String(response.body).includes('id="root"') }).toEqual({ page, status: 200, html: true });
    }
  });

  it('serves the built assets for good (their names change with their content)', async () => {
    const response = await gateway.request('GET', '/assets/main-abc123.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('immutable');
  });

  it('keeps the 404 problem for the API, the probes, the reference and callers that do not ask for HTML', async () => {
    for (const [method, url, headers] of [
      ['GET', '/v1/no-such-route', HTML],
      ['GET', '/docs/no-such-page', HTML],
      ['GET', '/metrics/nothing', HTML],
      ['GET', '/admin/queues/x', HTML],
      ['GET', '/verify-email', { accept: 'application/json' }],
      ['POST', '/verify-email', HTML],
    ] as const) {
      const response = await gateway.request(method, url, { headers });
      expect({ url, method, status: response.status, type: response.headers.get('content-type') }).toEqual({
        url,
        method,
        status: 404,
        type: expect.stringContaining('application/problem+json'),
      });
    }
  });

  it("leaves the router's own refusals as they were (a path parameter over the limit is a 414)", async () => {
    const response = await gateway.request('GET', `/v1/exchange-programs/${'a'.repeat(2_000)}`, { headers: HTML });
    expect(response.status).toBe(414);
  });

  it('leaves every existing route as it was', async () => {
    const health = await gateway.request('GET', '/healthz', { headers: HTML });
    expect(health.status).toBe(200);
    expect(health.headers.get('content-type')).toContain('application/json');
    const document = await gateway.request('GET', '/docs/openapi.json', { headers: HTML });
    expect(document.body.openapi).toBe('3.1.0');
    const directory = await gateway.request('GET', '/v1/auth/login', { headers: HTML });
    expect(directory.status).toBe(404);
  });
});
