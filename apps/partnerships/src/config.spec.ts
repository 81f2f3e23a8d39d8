import { DEFAULT_HTTP_PORTS } from '@scn/contracts';
import { ConfigError, loadConfig } from '@scn/platform';
import { undocumentedVariables } from '@scn/testing';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { partnershipsConfigSchema } from './config';

const docs = readFileSync(path.resolve(__dirname, '../../../docs/configuration.md'), 'utf8');
const load = (env: NodeJS.ProcessEnv) => loadConfig('partnerships', partnershipsConfigSchema, env);

describe('partnershipsConfigSchema', () => {
  it('has every variable documented in docs/configuration.md', () => {
    expect(undocumentedVariables(partnershipsConfigSchema, docs)).toEqual([]);
  });

  it('runs locally with nothing set', () => {
    const config = load({});

    expect(config.HTTP_PORT).toBe(DEFAULT_HTTP_PORTS.partnerships);
    expect(config.DATABASE_URL).toMatch(/^postgresql:\/\/.+\/scn_partnerships$/);
    expect(config.NATS_URL).toEqual(['nats://127.0.0.1:4222']);
    expect(config.SCN_NAMESPACE).toBe('scn');
  });

  it.each([
    ['HTTP_PORT', 'abc'],
    ['NATS_URL', 'http://x'],
    ['DATABASE_URL', 'mysql://u:p@db/x'],
    ['EVENT_CONCURRENCY', '0'],
  ])('refuses %s=%s, naming the variable', (variable, value) => {
    expect(() => load({ [variable]: value })).toThrow(ConfigError);
    expect(() => load({ [variable]: value })).toThrow(new RegExp(`^  - ${variable}: `, 'm'));
  });
});
