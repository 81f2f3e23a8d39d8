import { DEFAULT_HTTP_PORTS } from '@scn/contracts';
import { ConfigError, loadConfig } from '@scn/platform';
import { undocumentedVariables } from '@scn/testing';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gatewayConfigSchema } from './config';

const docs = readFileSync(path.resolve(__dirname, '../../../docs/configuration.md'), 'utf8');
const load = (env: NodeJS.ProcessEnv) => loadConfig('gateway', gatewayConfigSchema, env);

describe('gatewayConfigSchema', () => {
  it('has every variable documented in docs/configuration.md', () => {
    expect(undocumentedVariables(gatewayConfigSchema, docs)).toEqual([]);
  });

  it('runs locally with nothing set', () => {
    const config = load({});

    expect(config.HTTP_PORT).toBe(DEFAULT_HTTP_PORTS.gateway);
    expect(config.DATABASE_URL).toMatch(/^postgresql:\/\/.+\/scn_gateway$/);
    expect(config.NATS_URL).toEqual(['nats://127.0.0.1:4222']);
    expect(config.RPC_TIMEOUT_MS).toBe(5_000);
    expect(config.OUTBOX_POLL_MS).toBe(1_000);
  });

  it('reads no event-consumption variables', () => {
    expect(load({ EVENT_MAX_DELIVERIES: '3' })).not.toHaveProperty('EVENT_MAX_DELIVERIES');
  });

  it.each([
    ['HTTP_PORT', 'abc'],
    ['NATS_URL', 'http://x'],
    ['DATABASE_URL', 'mysql://u:p@db/x'],
    ['RPC_TIMEOUT_MS', '50'],
    ['OUTBOX_BATCH_SIZE', '0'],
  ])('refuses %s=%s, naming the variable', (variable, value) => {
    expect(() => load({ [variable]: value })).toThrow(ConfigError);
    expect(() => load({ [variable]: value })).toThrow(new RegExp(`^  - ${variable}: `, 'm'));
  });
});
