import { ConfigError } from '@scn/platform';
import { describeServiceConfig } from '@scn/testing';
import { gatewayConfigSchema } from './config';

const load = describeServiceConfig('gateway', gatewayConfigSchema, {
  extraDefaults: { RPC_TIMEOUT_MS: 5_000, OUTBOX_POLL_MS: 1_000, ACCESS_TOKEN_TTL_S: 900, CORS_ORIGINS: [], TRUST_PROXY: false },
  badValues: [
    ['RPC_TIMEOUT_MS', '50'],
    ['OUTBOX_BATCH_SIZE', '0'],
    ['JWT_SECRET', 'too-short'],
    ['BOOTSTRAP_ADMIN_EMAIL', 'not-an-email'],
    ['BOOTSTRAP_ADMIN_PASSWORD', 'short'],
    ['CORS_ORIGINS', 'https://ok.example, not a url'],
    ['TRUST_PROXY', 'yes'],
    ['OIDC_JWKS_URL', 'not a url'],
  ],
});

it('reads the event-consumption variables (it follows the applicant\'s erasure)', () => {
  expect(load({})).toMatchObject({ EVENT_MAX_DELIVERIES: 5, EVENT_CONCURRENCY: 4, EVENT_HANDLER_TIMEOUT_MS: 15_000 });
  expect(load({ EVENT_MAX_DELIVERIES: '3' }).EVENT_MAX_DELIVERIES).toBe(3);
});

it('reads a list of CORS origins', () => {
  expect(load({ CORS_ORIGINS: 'https://a.example, https://b.example' }).CORS_ORIGINS).toEqual(['https://a.example', 'https://b.example']);
});

it('needs the OpenID provider named whole: issuer and key set together', () => {
  expect(() => load({ OIDC_ISSUER: 'https://id.example' })).toThrow(/^ {2}- OIDC_JWKS_URL: must be set together/m);
  expect(() => load({ OIDC_JWKS_URL: 'https://id.example/jwks' })).toThrow(/^ {2}- OIDC_ISSUER: must be set together/m);
});

describe('in production', () => {
  const own = { JWT_SECRET: 'a-production-secret-of-at-least-32-chars!', BOOTSTRAP_ADMIN_PASSWORD: 'a-production-password' };

  it.each(['JWT_SECRET', 'BOOTSTRAP_ADMIN_PASSWORD'])('refuses to start with the development %s', (variable) => {
    const env = { NODE_ENV: 'production', ...own, [variable]: '' };
    expect(() => load(env)).toThrow(ConfigError);
    expect(() => load(env)).toThrow(new RegExp(`^  - ${variable}: must be set to a secret of your own in production`, 'm'));
  });

  it('starts with secrets of its own', () => {
    expect(load({ NODE_ENV: 'production', ...own }).JWT_SECRET).toBe(own.JWT_SECRET);
  });
});
