import { createHash } from 'node:crypto';
import {
  AUTH_RATE_LIMITED_PATHS,
  authClientKey,
  generalClientKey,
  isAuthRateLimited,
  isRateLimitExempt,
  limitedPath,
} from './rate-limit-keys';

describe('generalClientKey', () => {
  it('identifies a caller with credentials by a SHA-256 of its Authorization header', () => {
    const header = 'Bearer abc.def.ghi';
    const digest = createHash('sha256').update(header).digest('base64url');

    expect(generalClientKey(header, '203.0.113.7')).toBe(`auth-header:${digest}`);
  });

  it('never puts the credentials themselves in the key', () => {
    expect(generalClientKey('Bearer secret-token', '203.0.113.7')).not.toContain('secret-token');
  });

  it('gives different credentials from the same IP different keys', () => {
    expect(generalClientKey('Bearer one', '203.0.113.7')).not.toBe(generalClientKey('Bearer two', '203.0.113.7'));
  });

  it('gives the same credentials from different IPs the same key', () => {
    expect(generalClientKey('Bearer one', '203.0.113.7')).toBe(generalClientKey('Bearer one', '198.51.100.1'));
  });

  it('falls back to the IP without (or with a blank) Authorization header', () => {
    expect(generalClientKey(undefined, '203.0.113.7')).toBe('ip:203.0.113.7');
    expect(generalClientKey('   ', '203.0.113.7')).toBe('ip:203.0.113.7');
  });

  it('counts an IPv6 client per /64 and an IPv4-mapped address as IPv4', () => {
    expect(generalClientKey(undefined, '2001:db8:1:2::1')).toBe(generalClientKey(undefined, '2001:db8:1:2:ffff::9'));
    expect(generalClientKey(undefined, '2001:db8:1:2::1')).not.toBe(generalClientKey(undefined, '2001:db8:1:3::1'));
    expect(generalClientKey(undefined, '::ffff:203.0.113.7')).toBe('ip:203.0.113.7');
  });
});

describe('authClientKey', () => {
  it('keys by endpoint and IP', () => {
    expect(authClientKey('/v1/auth/login', '203.0.113.7')).toBe('/v1/auth/login:ip:203.0.113.7');
    expect(authClientKey('/v1/auth/login', '203.0.113.7')).not.toBe(authClientKey('/v1/auth/refresh', '203.0.113.7'));
  });
});

describe('isAuthRateLimited', () => {
  it.each(AUTH_RATE_LIMITED_PATHS)('limits POST %s', (path) => {
    expect(isAuthRateLimited('POST', path)).toBe(true);
  });

  it('leaves other methods and paths to the general budget', () => {
    expect(isAuthRateLimited('GET', '/v1/auth/login')).toBe(false);
    expect(isAuthRateLimited('POST', '/v1/auth/logout')).toBe(false);
    expect(isAuthRateLimited('POST', '/v1/things')).toBe(false);
  });
});

describe('isRateLimitExempt', () => {
  it('exempts the health probes only', () => {
    expect(isRateLimitExempt('/healthz')).toBe(true);
    expect(isRateLimitExempt('/readyz')).toBe(true);
    expect(isRateLimitExempt('/healthz/extra')).toBe(false);
    expect(isRateLimitExempt('/v1/things')).toBe(false);
  });
});

describe('limitedPath', () => {
  it('prefers the pattern of the matched route', () => {
    expect(limitedPath('/v1/things/:id', '/v1/things/42?x=1')).toBe('/v1/things/:id');
  });

  it('uses the raw path without its query when no route matched', () => {
    expect(limitedPath(undefined, '/healthz?probe=1')).toBe('/healthz');
    expect(limitedPath(undefined, '/nowhere')).toBe('/nowhere');
  });
});
