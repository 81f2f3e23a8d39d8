export * from './trace-context';
export * from './tracing';
export * from './start-tracing';
export * from './tracing.module';
export * from './span-attributes';
