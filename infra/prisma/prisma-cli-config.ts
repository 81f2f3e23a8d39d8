import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { Pool } from 'pg';
import { defineConfig } from 'prisma/config';

/**
 * Workaround for prisma/prisma#27403 (tracked as prisma/orm#27403): with the pg adapter,
 * the JS schema engine reads catalog columns of types `name` (OID 19) and `"char"` (OID 18)
 * that @prisma/adapter-pg 6.19 cannot deserialize, so `migrate deploy` fails. We report
 * them as `text` (OID 25). CLI only; remove once the adapter maps these types.
 */
function reportCatalogTypesAsText(): void {
  const prototype = Pool.prototype as unknown as { query: (...args: unknown[]) => unknown; __scnPatched?: boolean };
  if (prototype.__scnPatched) return;
  const original = prototype.query;
  prototype.query = function patchedQuery(this: unknown, ...args: unknown[]) {
    const result = original.apply(this, args);
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      return (result as Promise<{ fields?: Array<{ dataTypeID: number }> }>).then((value) => {
        for (const field of value?.fields ?? []) {
          if (field.dataTypeID === 19 || field.dataTypeID === 18) field.dataTypeID = 25;
        }
        return value;
      });
    }
    return result;
  };
  prototype.__scnPatched = true;
}

/** Prisma CLI configuration of one service: JS engines only (no binary downloads). */
export function prismaCliConfig(projectDir: string) {
  reportCatalogTypesAsText();
  return defineConfig({
    experimental: { adapter: true },
    engine: 'js',
    schema: path.join(projectDir, 'prisma', 'schema'),
    migrations: { path: path.join(projectDir, 'prisma', 'migrations') },
    async adapter() {
      const connectionString = process.env['DATABASE_URL'];
      if (!connectionString) throw new Error('DATABASE_URL must be set for Prisma CLI commands');
      return new PrismaPg({ connectionString });
    },
  });
}
