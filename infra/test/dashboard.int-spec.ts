import { Metrics } from '@scn/platform';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

// The Grafana dashboard (infra/observability/) reads the platform's Prometheus series:
// every series it names must be one a service exports, or its panel stays empty and
// nobody notices until the day it is needed.
const ROOT = path.resolve(__dirname, '../..');
const DASHBOARD = path.join(ROOT, 'infra/observability/scn-platform.dashboard.json');

interface Panel {
  type: string;
  title: string;
  targets?: Array<{ expr: string }>;
}

/** Every series name the platform exports: the shared registry's (with Node's process metrics) and those declared in the services' code. */
async function exportedSeries(): Promise<Set<string>> {
  const metrics = new Metrics('dashboard-check');
  const names = new Set((await metrics.registry.getMetricsAsJSON()).map((metric) => metric.name));
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((entry) => {
      const full = path.join(dir, entry);
      return statSync(full).isDirectory() ? walk(full) : full.endsWith('.ts') && !full.endsWith('.spec.ts') ? [full] : [];
    });
  for (const file of walk(path.join(ROOT, 'apps'))) {
    for (const [, name] of readFileSync(file, 'utf8').matchAll(/'(scn_[a-z0-9_]+)'/g)) names.add(name!);
  }
  return names;
}

describe('the Grafana dashboard', () => {
  const dashboard = JSON.parse(readFileSync(DASHBOARD, 'utf8')) as { uid: string; panels: Panel[]; templating: { list: Array<{ name: string }> } };
  const graphs = dashboard.panels.filter((panel) => panel.type !== 'row');

  it('is a dashboard with a datasource and a service variable, and queries in every panel', () => {
    expect(dashboard.uid).toBe('scn-platform');
    expect(dashboard.templating.list.map((variable) => variable.name)).toEqual(['datasource', 'service']);
    expect(graphs.length).toBeGreaterThanOrEqual(15);
    expect(graphs.filter((panel) => (panel.targets?.length ?? 0) === 0).map((panel) => panel.title)).toEqual([]);
  });

  it('names only series the services export', async () => {
    const exported = await exportedSeries();
    const named = graphs.flatMap((panel) =>
      (panel.targets ?? []).flatMap((target) => [...target.expr.matchAll(/\b(scn_[a-z0-9_]+)/g)].map(([, name]) => ({ panel: panel.title, name: name! }))),
    );
    expect(named.length).toBeGreaterThan(graphs.length);
    // A histogram is queried through its _bucket/_count/_sum series.
    const unknown = named.filter(({ name }) => !exported.has(name.replace(/_(bucket|count|sum)$/, '')));
    expect(unknown).toEqual([]);
  });

  it('covers the series an operator watches: events, consumers, outbox, deliveries, queues, HTTP, processes', () => {
    const text = JSON.stringify(graphs);
    for (const series of [
      'scn_events_processed_total',
      'scn_event_handling_lag_seconds_bucket',
      'scn_consumer_pending_messages',
      'scn_dead_letters_total',
      'scn_outbox_oldest_unsent_age_seconds',
      'scn_notification_deliveries_total',
      'scn_queue_jobs',
      'scn_http_request_duration_seconds_bucket',
      'scn_process_cpu_seconds_total',
    ]) {
      expect(text).toContain(series);
    }
  });
});
