// Writes the gateway's OpenAPI document to the file named by the first argument: the
// document of a real gateway (the one the integration tests start, in a database and
// namespace of its own), read from `/docs/openapi.json` as any client reads it. The web
// console's API types are generated from it (scripts/web-api.sh).
import { prepareTemplateDatabases } from '@scn/testing';
import { writeFileSync } from 'node:fs';
import { GatewayUnderTest } from '../../apps/gateway/test/gateway-harness';

async function main(target: string): Promise<void> {
  await prepareTemplateDatabases();
  const gateway = await GatewayUnderTest.start();
  try {
    const response = await gateway.request('GET', '/docs/openapi.json');
    if (response.status !== 200) throw new Error(`GET /docs/openapi.json answered ${response.status}`);
    writeFileSync(target, `${JSON.stringify(response.body, null, 2)}\n`);
  } finally {
    await gateway.stop();
  }
}

const target = process.argv[2];
if (!target) {
  console.error('usage: dump-openapi.ts <file>');
  process.exit(2);
}
main(target).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
