import type { ServiceDefinition } from '@scn/messaging';
import { gatewayConfigSchema } from './config';
import { prepareGatewayHttp } from './gateway-http';
import { GatewayModule } from './gateway.module';

/** How the gateway starts (used by main.ts and by the tests that boot it). */
export const gatewayService: ServiceDefinition<typeof gatewayConfigSchema> = {
  service: 'gateway',
  configSchema: gatewayConfigSchema,
  rootModule: (config, logger) => GatewayModule.forRoot(config, logger),
  rpc: false,
  // The applicant's erasure (`applicant.erased.v1`) closes their account: see the identity feature.
  events: true,
  bodyLimitBytes: (config) => config.HTTP_BODY_LIMIT_BYTES,
  trustProxy: (config) => config.TRUST_PROXY,
  prepareHttp: prepareGatewayHttp,
};
