// `@scn/platform/domain`: building blocks of entities. Like `@scn/platform/errors`, nothing
// here loads Nest, Prisma, a broker or a logger, so domain code may import it.
export * from './aggregate-root';
