// Checks that what deploys the platform stays valid: the compose file, the kustomize
// tree, and the script that starts the local PostgreSQL, Redis and NATS. The validators
// work offline; when one is not installed, the test says so and checks what it can.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const repoRoot = path.resolve(__dirname, '../..');
const TIMEOUT_MS = 60_000;

const APP_SERVICES = ['gateway', 'partnerships', 'exchanges', 'applications', 'notifications'];
const COMPOSE_SERVICES = ['nats', 'postgres', 'redis', 'mailpit', 'migrate', ...APP_SERVICES];

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: TIMEOUT_MS - 5_000,
  });
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

function installed(tool: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }).status === 0;
}

function readRepoFile(relative: string): string {
  const file = path.join(repoRoot, relative);
  expect(existsSync(file)).toBe(true);
  return readFileSync(file, 'utf8');
}

/** Names of the Deployments in a multi-document YAML rendering. */
function deploymentNames(yaml: string): string[] {
  return yaml
    .split(/^---$/m)
    .filter((doc) => /^kind: Deployment$/m.test(doc))
    .map((doc) => /^metadata:\n(?:[ ]{2}.*\n)*?[ ]{2}name: (\S+)$/m.exec(doc)?.[1] ?? '')
    .sort();
}

describe('infrastructure definitions', () => {
  it(
    'docker-compose.yml is valid and describes the whole platform',
    () => {
      if (!installed('docker-compose')) {
        console.warn('skipped: docker-compose not installed (apt-get install docker-compose); checking the file only');
        const compose = readRepoFile('docker-compose.yml');
        for (const service of COMPOSE_SERVICES) {
          expect(compose).toMatch(new RegExp(`^  ${service}:`, 'm'));
        }
        return;
      }

      // toMatchObject on the whole result: a failure shows the tool's own message.
      const check = run('docker-compose', ['-f', 'docker-compose.yml', 'config', '-q']);
      expect(check).toMatchObject({ status: 0 });

      const listed = run('docker-compose', ['-f', 'docker-compose.yml', 'config', '--services']);
      expect(listed).toMatchObject({ status: 0 });
      const services = listed.stdout.split('\n').filter(Boolean).sort();
      expect(services).toEqual([...COMPOSE_SERVICES].sort());
    },
    TIMEOUT_MS,
  );

  it(
    'the local kustomize overlay renders a Deployment for every service',
    () => {
      if (!installed('kubectl')) {
        console.warn('skipped: kubectl not installed; checking the kustomize files only');
        readRepoFile('infra/k8s/overlays/local/kustomization.yaml');
        readRepoFile('infra/k8s/base/kustomization.yaml');
        for (const service of APP_SERVICES) {
          expect(readRepoFile(`infra/k8s/base/${service}.yaml`)).toMatch(/^kind: Deployment$/m);
        }
        return;
      }

      const rendered = run('kubectl', ['kustomize', 'infra/k8s/overlays/local']);
      expect(rendered).toMatchObject({ status: 0 });
      expect(deploymentNames(rendered.stdout)).toEqual([...APP_SERVICES].sort());
      expect(rendered.stdout).toMatch(/^kind: Job$/m);
      expect(rendered.stdout).toMatch(/^  name: scn-common$/m);
    },
    TIMEOUT_MS,
  );

  it(
    'infra/local/up.sh leaves PostgreSQL, Redis and NATS answering',
    () => {
      const up = run('bash', ['infra/local/up.sh']);
      expect(up).toMatchObject({ status: 0 });
      for (const server of ['postgres', 'redis', 'nats']) {
        expect(up.stdout).toMatch(new RegExp(`^${server}: (already running|started)`, 'm'));
      }
    },
    TIMEOUT_MS,
  );
});
