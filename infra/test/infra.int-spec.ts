// Checks that what deploys the platform stays valid: the compose file, the kustomize
// tree, and the script that starts the local PostgreSQL, Redis and NATS. The validators
// work offline; when one is not installed, the test says so and checks what it can.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  autoscalingProblems,
  deploymentProblems,
  disruptionBudgetProblems,
  isDevelopmentOnlyValue,
  parseObjects,
  plainTextSecretProblems,
  statefulSetProblems,
  type K8sObject,
} from './k8s-checks';

const repoRoot = path.resolve(__dirname, '../..');
const TIMEOUT_MS = 60_000;

const APP_SERVICES = ['gateway', 'partnerships', 'exchanges', 'applications', 'notifications'];
const COMPOSE_SERVICES = ['nats', 'postgres', 'redis', 'mailpit', 'migrate', ...APP_SERVICES];

function run(command: string, args: string[], input?: string) {
  const result = spawnSync(command, args, {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: TIMEOUT_MS - 5_000,
    input,
    maxBuffer: 32 * 1024 * 1024,
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

const OVERLAYS_DIR = 'infra/k8s/overlays';
const OVERLAYS = readdirSync(path.join(repoRoot, OVERLAYS_DIR)).sort();

/**
 * Renders an overlay with `kubectl kustomize`, then has kubectl turn the YAML into one JSON
 * object per line (`annotate --local` changes nothing and needs no cluster), so no YAML
 * parser is needed here.
 */
function renderOverlay(overlay: string): K8sObject[] {
  const rendered = run('kubectl', ['kustomize', `${OVERLAYS_DIR}/${overlay}`]);
  expect(rendered).toMatchObject({ status: 0 });
  const json = run(
    'kubectl',
    ['annotate', '--local', '-f', '-', 'scn-render-check-', '-o', 'jsonpath={@}{"\\n"}'],
    rendered.stdout,
  );
  expect(json).toMatchObject({ status: 0 });
  return parseObjects(json.stdout);
}

const named = (objects: K8sObject[], kind: string) =>
  objects
    .filter((o) => o.kind === kind)
    .map((o) => o.metadata.name)
    .sort();

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

describe('kustomize overlays', () => {
  const kubectl = installed('kubectl');

  it('include a local and a production overlay', () => {
    expect(OVERLAYS).toEqual(expect.arrayContaining(['local', 'production']));
  });

  describe.each(OVERLAYS)('overlay %s', (overlay) => {
    // Rendered once per overlay; every check below reads the same objects.
    let objects: K8sObject[] = [];
    beforeAll(() => {
      if (kubectl) objects = renderOverlay(overlay);
    }, TIMEOUT_MS);

    const itWithKubectl = kubectl ? it : it.skip;
    if (!kubectl) console.warn('skipped: kubectl not installed (its kustomize renders the overlays offline)');

    itWithKubectl('renders a Deployment for every service and the migration Job', () => {
      expect(named(objects, 'Deployment')).toEqual([...APP_SERVICES].sort());
      expect(named(objects, 'Job')).toEqual(['scn-migrate']);
      expect(named(objects, 'ConfigMap')).toContain('scn-common');
    });

    itWithKubectl('gives every Deployment probes, resources and a disruption budget', () => {
      expect([...deploymentProblems(objects), ...statefulSetProblems(objects), ...disruptionBudgetProblems(objects)]).toEqual([]);
    });

    itWithKubectl('holds no credential in plain text', () => {
      // The local overlay generates its Secrets from development-only values (a laptop
      // cluster has no secret store to reference; see its kustomization.yaml). No other
      // overlay may hold any Secret value.
      const allow = overlay === 'local' ? isDevelopmentOnlyValue : undefined;
      expect(plainTextSecretProblems(objects, allow)).toEqual([]);
    });
  });

  describe('production', () => {
    let objects: K8sObject[] = [];
    beforeAll(() => {
      if (kubectl) objects = renderOverlay('production');
    }, TIMEOUT_MS);
    const itWithKubectl = kubectl ? it : it.skip;
    const one = (kind: string, prefix: string): K8sObject => {
      const found = objects.find((o) => o.kind === kind && o.metadata.name.startsWith(prefix));
      if (!found) throw new Error(`the production overlay renders no ${kind} ${prefix}`);
      return found;
    };

    itWithKubectl('autoscales every Deployment', () => {
      expect(autoscalingProblems(objects)).toEqual([]);
    });

    itWithKubectl('points the services at the 3-node NATS cluster with 3 stream replicas', () => {
      const common = one('ConfigMap', 'scn-common').data ?? {};
      expect(common['NATS_URL']?.split(',')).toHaveLength(3);
      expect(common['NATS_STREAM_REPLICAS']).toBe('3');
    });

    itWithKubectl('runs PostgreSQL with CloudNativePG: 3 instances, one database per service', () => {
      const cluster = one('Cluster', 'scn-postgres');
      expect(cluster.apiVersion).toBe('postgresql.cnpg.io/v1');
      expect(cluster.spec.instances).toBe(3);
      const databases = objects.filter((o) => o.kind === 'Database' && o.apiVersion === 'postgresql.cnpg.io/v1');
      expect(databases.map((d) => d.spec.name).sort()).toEqual(APP_SERVICES.map((s) => `scn_${s}`).sort());
      for (const database of databases) expect(database.spec.cluster.name).toBe('scn-postgres');
    });

    itWithKubectl('runs Redis with the eviction policy BullMQ requires', () => {
      // Named with a content hash (redis-config-<hash>), hence the prefix.
      expect(one('ConfigMap', 'redis-config').data?.['redis.conf']).toMatch(/^maxmemory-policy noeviction$/m);
      expect(named(objects, 'StatefulSet')).toEqual(['redis']);
    });
  });
});

describe('the manifest checks', () => {
  // Proof that the checks above can fail: a Deployment with none of what is required.
  const bare: K8sObject[] = [
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'bare' },
      spec: {
        replicas: 2,
        template: {
          metadata: { labels: { app: 'bare' } },
          spec: { containers: [{ name: 'bare', env: [{ name: 'JWT_SECRET', value: 'x' }, { name: 'URL', value: 'redis://:pw@r:6379' }] }] },
        },
      },
    },
    { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, stringData: { REDIS_URL: 'redis://r:6379' } },
    { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'other' }, spec: { selector: { matchLabels: { app: 'other' } } } },
  ];

  it('name every gap', () => {
    expect(deploymentProblems(bare)).toEqual([
      'Deployment/bare container bare: no readiness probe on /readyz',
      'Deployment/bare container bare: no liveness probe on /healthz',
      'Deployment/bare container bare: no cpu and memory requests',
      'Deployment/bare container bare: no memory limit',
    ]);
    expect(disruptionBudgetProblems(bare)).toEqual(['Deployment/bare: no PodDisruptionBudget selects its pods']);
    expect(autoscalingProblems(bare)).toEqual(['Deployment/bare: no HorizontalPodAutoscaler']);
    expect(plainTextSecretProblems(bare)).toEqual([
      'Deployment/bare container bare: env JWT_SECRET has a literal value',
      'Deployment/bare container bare: env URL has a literal value',
      'Secret/s: holds a value for REDIS_URL',
    ]);
  });

  it('accept only development-only values in the local overlay', () => {
    expect(isDevelopmentOnlyValue('scn-databases', 'GATEWAY_DATABASE_URL', 'postgresql://postgres@postgres:5432/scn_gateway')).toBe(true);
    expect(isDevelopmentOnlyValue('scn-gateway', 'JWT_SECRET', 'local-overlay-only-jwt-secret')).toBe(true);
    expect(isDevelopmentOnlyValue('scn-gateway', 'JWT_SECRET', 'a-real-looking-secret')).toBe(false);
    expect(isDevelopmentOnlyValue('scn-notifications', 'SMTP_URL', 'smtp://user:pw@smtp.example.org:587')).toBe(false);
  });
});
