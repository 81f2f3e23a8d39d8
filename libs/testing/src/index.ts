export * from './namespaces';
export * from './wait-for';
export * from './nats-test-server';
export * from './test-database';
export * from './template-databases';
export * from './service-harness';
export * from './config-docs';
export * from './service-config-suite';
