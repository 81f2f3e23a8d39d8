import { DEFAULT_HTTP_PORTS } from '@scn/contracts';
import { ConfigError, loadConfig } from '@scn/platform';
import { undocumentedVariables } from '@scn/testing';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { notificationsConfigSchema } from './config';

const docs = readFileSync(path.resolve(__dirname, '../../../docs/configuration.md'), 'utf8');
const load = (env: NodeJS.ProcessEnv) => loadConfig('notifications', notificationsConfigSchema, env);

describe('notificationsConfigSchema', () => {
  it('has every variable documented in docs/configuration.md', () => {
    expect(undocumentedVariables(notificationsConfigSchema, docs)).toEqual([]);
  });

  it('runs locally with nothing set', () => {
    const config = load({});

    expect(config.HTTP_PORT).toBe(DEFAULT_HTTP_PORTS.notifications);
    expect(config.DATABASE_URL).toMatch(/^postgresql:\/\/.+\/scn_notifications$/);
    expect(config.NATS_URL).toEqual(['nats://127.0.0.1:4222']);
    expect(config.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(config.SMTP_URL).toBe('smtp://127.0.0.1:1025');
  });

  it('accepts TLS variants of Redis and SMTP', () => {
    expect(load({ REDIS_URL: 'rediss://cache:6380', SMTP_URL: 'smtps://mail:465' })).toMatchObject({
      REDIS_URL: 'rediss://cache:6380',
      SMTP_URL: 'smtps://mail:465',
    });
  });

  it.each([
    ['HTTP_PORT', 'abc'],
    ['NATS_URL', 'http://x'],
    ['DATABASE_URL', 'mysql://u:p@db/x'],
    ['REDIS_URL', 'http://cache:6379'],
    ['SMTP_URL', 'cache:25'],
  ])('refuses %s=%s, naming the variable', (variable, value) => {
    expect(() => load({ [variable]: value })).toThrow(ConfigError);
    expect(() => load({ [variable]: value })).toThrow(new RegExp(`^  - ${variable}: `, 'm'));
  });
});
