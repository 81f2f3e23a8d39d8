import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { prepareTemplateDatabases } from './template-databases';

const ROOT = path.resolve(__dirname, '../../..');

/** Jest global setup of the integration suite: servers up, template databases migrated. */
export default async function globalSetup(): Promise<void> {
  execFileSync('bash', [path.join(ROOT, 'infra/local/up.sh')], { stdio: ['ignore', 'inherit', 'inherit'] });
  await prepareTemplateDatabases();
}
