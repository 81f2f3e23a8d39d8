// What every rendering of infra/k8s must satisfy, as plain functions over the rendered
// objects: each returns the problems it finds, in words, so a failing test names them all.

/* eslint-disable @typescript-eslint/no-explicit-any -- rendered manifests are untyped JSON */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec?: any;
  data?: Record<string, string>;
  stringData?: Record<string, string>;
}

/** Environment variable and ConfigMap key names that hold credentials. */
const SECRET_NAME = /PASSWORD|SECRET|TOKEN|KEY/i;
/** A URL with a password in it (`scheme://user:password@host`). */
const URL_WITH_PASSWORD = /[a-z][a-z0-9+.-]*:\/\/[^/\s:@]*:[^@\s]+@/i;

const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'Job'];

/** Parses `kubectl … -o jsonpath='{@}{"\n"}'` output: one JSON object per line. */
export function parseObjects(lines: string): K8sObject[] {
  return lines
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as K8sObject);
}

const id = (o: K8sObject) => `${o.kind}/${o.metadata.name}`;

function podSpecOf(o: K8sObject): any {
  return o.spec?.template?.spec;
}

function containersOf(o: K8sObject): any[] {
  const pod = podSpecOf(o);
  return [...(pod?.initContainers ?? []), ...(pod?.containers ?? [])];
}

function selects(selector: Record<string, string> | undefined, labels: Record<string, string> = {}): boolean {
  return !!selector && Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels[k] === v);
}

/** Probes on /readyz and /healthz, resource requests and a memory limit on every service container. */
export function deploymentProblems(objects: K8sObject[]): string[] {
  const problems: string[] = [];
  for (const deployment of objects.filter((o) => o.kind === 'Deployment')) {
    for (const c of podSpecOf(deployment)?.containers ?? []) {
      const where = `${id(deployment)} container ${c.name}`;
      if (c.readinessProbe?.httpGet?.path !== '/readyz') problems.push(`${where}: no readiness probe on /readyz`);
      if (c.livenessProbe?.httpGet?.path !== '/healthz') problems.push(`${where}: no liveness probe on /healthz`);
      if (!c.resources?.requests?.cpu || !c.resources?.requests?.memory) problems.push(`${where}: no cpu and memory requests`);
      if (!c.resources?.limits?.memory) problems.push(`${where}: no memory limit`);
    }
  }
  return problems;
}

/** Engines (StatefulSets): probes of any kind and resource requests. */
export function statefulSetProblems(objects: K8sObject[]): string[] {
  const problems: string[] = [];
  for (const set of objects.filter((o) => o.kind === 'StatefulSet')) {
    for (const c of podSpecOf(set)?.containers ?? []) {
      const where = `${id(set)} container ${c.name}`;
      if (!c.readinessProbe || !c.livenessProbe) problems.push(`${where}: no readiness and liveness probes`);
      if (!c.resources?.requests?.cpu || !c.resources?.requests?.memory) problems.push(`${where}: no cpu and memory requests`);
    }
  }
  return problems;
}

/** Every Deployment's pods are selected by a PodDisruptionBudget of the same namespace. */
export function disruptionBudgetProblems(objects: K8sObject[]): string[] {
  const budgets = objects.filter((o) => o.kind === 'PodDisruptionBudget');
  return objects
    .filter((o) => o.kind === 'Deployment')
    .filter(
      (d) =>
        !budgets.some(
          (b) =>
            b.metadata.namespace === d.metadata.namespace &&
            selects(b.spec?.selector?.matchLabels, d.spec?.template?.metadata?.labels),
        ),
    )
    .map((d) => `${id(d)}: no PodDisruptionBudget selects its pods`);
}

/** Every Deployment is scaled by an autoscaling/v2 HorizontalPodAutoscaler, which alone sets its replicas. */
export function autoscalingProblems(objects: K8sObject[]): string[] {
  const scalers = objects.filter((o) => o.kind === 'HorizontalPodAutoscaler');
  const problems: string[] = [];
  for (const d of objects.filter((o) => o.kind === 'Deployment')) {
    const hpa = scalers.find(
      (h) => h.spec?.scaleTargetRef?.kind === 'Deployment' && h.spec.scaleTargetRef.name === d.metadata.name,
    );
    if (!hpa) problems.push(`${id(d)}: no HorizontalPodAutoscaler`);
    else if (hpa.apiVersion !== 'autoscaling/v2') problems.push(`${id(hpa)}: not autoscaling/v2`);
    if (hpa && d.spec?.replicas !== undefined) problems.push(`${id(d)}: sets replicas although autoscaled`);
  }
  return problems;
}

/**
 * No credential in a manifest: no Secret with values, no literal env value under a
 * credential-like name, no URL with a password in an env value or a ConfigMap.
 * `allowSecretValue` lets an overlay keep values it documents as development-only.
 */
export function plainTextSecretProblems(
  objects: K8sObject[],
  allowSecretValue: (secret: string, key: string, value: string) => boolean = () => false,
): string[] {
  const problems: string[] = [];
  for (const o of objects) {
    if (o.kind === 'Secret') {
      const values = {
        ...Object.fromEntries(Object.entries(o.data ?? {}).map(([k, v]) => [k, Buffer.from(v, 'base64').toString('utf8')])),
        ...(o.stringData ?? {}),
      };
      for (const [key, value] of Object.entries(values)) {
        if (!allowSecretValue(o.metadata.name, key, value)) problems.push(`${id(o)}: holds a value for ${key}`);
      }
    }
    if (o.kind === 'ConfigMap') {
      for (const [key, value] of Object.entries(o.data ?? {})) {
        if (SECRET_NAME.test(key) || URL_WITH_PASSWORD.test(value)) problems.push(`${id(o)}: ${key} looks like a credential`);
      }
    }
    if (WORKLOAD_KINDS.includes(o.kind)) {
      for (const c of containersOf(o)) {
        for (const env of c.env ?? []) {
          if (env.value === undefined) continue;
          if (SECRET_NAME.test(env.name) || URL_WITH_PASSWORD.test(String(env.value))) {
            problems.push(`${id(o)} container ${c.name}: env ${env.name} has a literal value`);
          }
        }
      }
    }
  }
  return problems;
}

/** The local overlay's development-only Secret values: URLs without a password, and values marked local. */
export function isDevelopmentOnlyValue(_secret: string, key: string, value: string): boolean {
  if (URL_WITH_PASSWORD.test(value)) return false;
  return !SECRET_NAME.test(key) || value.startsWith('local-overlay');
}
