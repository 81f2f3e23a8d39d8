// `@scn/platform/errors`: what domain code may import. Nothing here loads Nest, Prisma, a
// broker or a logger, so an entity or a rule stays a plain TypeScript module (a lint rule
// keeps `**/domain/**` to imports like this one). The transport mapping (the Nest filter)
// is in the main `@scn/platform` entry.
export * from './domain-error';
export * from './error-mapping';
export * from './problem-details';
export * from './rpc-call-error';
