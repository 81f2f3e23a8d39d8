import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_HTTP_PORTS, type ServiceName } from '@scn/contracts';
import { ConfigError, loadConfig } from '@scn/platform';
import type { z } from 'zod';
import { undocumentedVariables } from './config-docs';

const DOCS = path.resolve(__dirname, '../../../docs/configuration.md');

/**
 * The checks every service's configuration must pass: all variables documented, working
 * local defaults, and each bad value refused naming its variable. Service-specific
 * expectations go in `extraDefaults` and `badValues`.
 */
export function describeServiceConfig<S extends z.ZodObject>(
  service: ServiceName,
  schema: S,
  options: { extraDefaults?: Record<string, unknown>; badValues?: Array<[string, string]> } = {},
): (env: NodeJS.ProcessEnv) => z.infer<S> {
  const load = (env: NodeJS.ProcessEnv) => loadConfig(service, schema, env);

  describe(`${service} configuration`, () => {
    it('has every variable documented in docs/configuration.md', () => {
      expect(undocumentedVariables(schema, readFileSync(DOCS, 'utf8'))).toEqual([]);
    });

    it('runs locally with nothing set', () => {
      const config = load({}) as Record<string, unknown>;

      expect(config['HTTP_PORT']).toBe(DEFAULT_HTTP_PORTS[service]);
      expect(config['DATABASE_URL']).toMatch(new RegExp(`^postgresql://.+/scn_${service}$`));
      expect(config['NATS_URL']).toEqual(['nats://127.0.0.1:4222']);
      expect(config['SCN_NAMESPACE']).toBe('scn');
      expect(config).toMatchObject(options.extraDefaults ?? {});
    });

    it.each([
      ['HTTP_PORT', 'abc'],
      ['NATS_URL', 'http://x'],
      ['DATABASE_URL', 'mysql://u:p@db/x'],
      ...(options.badValues ?? []),
    ])('refuses %s=%s, naming the variable', (variable, value) => {
      expect(() => load({ [variable]: value })).toThrow(ConfigError);
      expect(() => load({ [variable]: value })).toThrow(new RegExp(`^  - ${variable}: `, 'm'));
    });
  });
  return load;
}
