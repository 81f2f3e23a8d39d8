import type { DirectoryStatistics } from '@scn/contracts';

/** Injection token: how long computed statistics are served again (ms; 0 turns the cache off). */
export const STATISTICS_TTL_MS = Symbol('directory:statistics-ttl-ms');
export const DEFAULT_STATISTICS_TTL_MS = 30_000;
const MAX_ENTRIES = 200;

/**
 * Statistics per filter set, kept briefly: they change slowly, cost a pass over every
 * matching partnership, and the route is public. Each replica keeps its own.
 */
export class StatisticsCache {
  private readonly entries = new Map<string, { at: number; value: Promise<DirectoryStatistics> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The cached statistics for `key`, or those `compute` gives (concurrent callers share one computation). */
  get(key: string, compute: () => Promise<DirectoryStatistics>): Promise<DirectoryStatistics> {
    if (this.ttlMs <= 0) return compute();
    const now = this.now();
    const cached = this.entries.get(key);
    if (cached && now - cached.at < this.ttlMs) return cached.value;
    const value = compute();
    this.entries.delete(key);
    this.entries.set(key, { at: now, value });
    // A failed computation is not kept.
    value.catch(() => this.entries.get(key)?.value === value && this.entries.delete(key));
    while (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}
