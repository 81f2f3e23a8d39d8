import { z } from 'zod';
import { backendServiceConfigSchema } from './config-schemas';
import { ConfigError } from './config-error';
import { loadConfig } from './load-config';

const schema = backendServiceConfigSchema('exchanges');

function configErrorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe(loadConfig.name, () => {
  it('applies every default to an empty environment', () => {
    expect(loadConfig('exchanges', schema, {})).toEqual({
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      SCN_NAMESPACE: 'scn',
      NATS_URL: ['nats://127.0.0.1:4222'],
      NATS_STREAM_REPLICAS: 1,
      SHUTDOWN_TIMEOUT_MS: 25_000,
      OTEL_SDK_DISABLED: false,
      EVENT_MAX_DELIVERIES: 5,
      EVENT_RETRY_BASE_MS: 1_000,
      EVENT_RETRY_MAX_MS: 60_000,
      EVENT_CONCURRENCY: 4,
      EVENT_BATCH_SIZE: 32,
      EVENT_HANDLER_TIMEOUT_MS: 15_000,
      OUTBOX_POLL_MS: 1_000,
      OUTBOX_BATCH_SIZE: 200,
      OUTBOX_LINGER_MS: 0,
      HTTP_PORT: 3102,
      DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/scn_exchanges',
      DATABASE_POOL_SIZE: 10,
      DATABASE_TX_MAX_WAIT_MS: 10_000,
    });
  });

  it('reads and converts the values that are set', () => {
    const config = loadConfig('exchanges', schema, { HTTP_PORT: '8080', LOG_LEVEL: 'debug', EVENT_MAX_DELIVERIES: '3' });
    expect(config).toMatchObject({ HTTP_PORT: 8080, LOG_LEVEL: 'debug', EVENT_MAX_DELIVERIES: 3 });
  });

  it('treats an empty variable as unset', () => {
    const config = loadConfig('exchanges', schema, { HTTP_PORT: '', DATABASE_URL: '', SCN_NAMESPACE: '' });
    expect(config).toMatchObject({
      HTTP_PORT: 3102,
      DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/scn_exchanges',
      SCN_NAMESPACE: 'scn',
    });
  });

  it('parses a comma-separated list of NATS servers', () => {
    const config = loadConfig('exchanges', schema, { NATS_URL: 'nats://n1:4222, nats://n2:4222,tls://n3:4222' });
    expect(config.NATS_URL).toEqual(['nats://n1:4222', 'nats://n2:4222', 'tls://n3:4222']);
  });

  it('takes 1 to 5 stream replicas, nothing else', () => {
    expect(loadConfig('exchanges', schema, { NATS_STREAM_REPLICAS: '3' }).NATS_STREAM_REPLICAS).toBe(3);
    for (const bad of ['0', '6', '2.5', 'three']) {
      const error = configErrorOf(() => loadConfig('exchanges', schema, { NATS_STREAM_REPLICAS: bad }));
      expect(error.problems.map((p) => p.variable)).toEqual(['NATS_STREAM_REPLICAS']);
    }
  });

  it('refuses an event batch of more than 64: a savepoint each would overflow PostgreSQL\'s subtransaction cache', () => {
    expect(loadConfig('exchanges', schema, { EVENT_BATCH_SIZE: '64' }).EVENT_BATCH_SIZE).toBe(64);
    const error = configErrorOf(() => loadConfig('exchanges', schema, { EVENT_BATCH_SIZE: '65' }));
    expect(error.problems.map((p) => p.variable)).toEqual(['EVENT_BATCH_SIZE']);
  });

  it('takes an http(s) OTLP endpoint and a true/false OTEL_SDK_DISABLED, nothing else', () => {
    expect(loadConfig('exchanges', schema, { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SDK_DISABLED: 'true' })).toMatchObject({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
      OTEL_SDK_DISABLED: true,
    });
    const error = configErrorOf(() => loadConfig('exchanges', schema, { OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318', OTEL_SDK_DISABLED: 'yes' }));
    expect(error.problems.map((p) => p.variable).sort()).toEqual(['OTEL_EXPORTER_OTLP_ENDPOINT', 'OTEL_SDK_DISABLED']);
  });

  it('names the variable and the rule, never the value, of a bad database URL', () => {
    const error = configErrorOf(() =>
      loadConfig('exchanges', schema, { DATABASE_URL: 'mysql://admin:S3cr3t-Pa55@db.internal:3306/scn' }),
    );
    expect(error.service).toBe('exchanges');
    expect(error.problems).toEqual([
      { variable: 'DATABASE_URL', rule: 'must be a URL with scheme postgres:// or postgresql://' },
    ]);
    expect(error.message).toContain('DATABASE_URL: must be a URL with scheme postgres:// or postgresql://');
    expect(error.message).not.toContain('S3cr3t-Pa55');
    expect(error.message).not.toContain('db.internal');
  });

  it('never echoes the value of a variable that fails an enum or a number rule', () => {
    const error = configErrorOf(() =>
      loadConfig('exchanges', schema, { LOG_LEVEL: 'tok_ABC123', SHUTDOWN_TIMEOUT_MS: 'tok_DEF456' }),
    );
    expect(error.problems.map((p) => p.variable)).toEqual(['LOG_LEVEL', 'SHUTDOWN_TIMEOUT_MS']);
    expect(error.message).not.toMatch(/tok_ABC123|tok_DEF456/);
  });

  it('lists every bad variable with its rule', () => {
    const error = configErrorOf(() =>
      loadConfig('exchanges', schema, { HTTP_PORT: '70000', EVENT_CONCURRENCY: '2.5', NATS_URL: 'nats://ok:4222,http://x' }),
    );
    expect(error.problems).toEqual(
      expect.arrayContaining([
        { variable: 'HTTP_PORT', rule: 'must be at most 65535' },
        { variable: 'EVENT_CONCURRENCY', rule: 'must be a whole number' },
        { variable: 'NATS_URL', rule: 'must be a URL with scheme nats:// or tls://' },
      ]),
    );
    expect(error.problems).toHaveLength(3);
    expect(error.message).toMatch(/^Invalid configuration of exchanges:\n/);
    expect(error.message).toContain('docs/configuration.md');
  });

  it('names the variable of a refinement on the whole environment as (environment)', () => {
    const guarded = z.object({ A: z.string().optional() }).refine((env) => env.A !== 'no', 'A must not be no');
    const error = configErrorOf(() => loadConfig('x', guarded as unknown as z.ZodObject, { A: 'no' }));
    expect(error.problems).toEqual([{ variable: '(environment)', rule: 'A must not be no' }]);
  });
});
