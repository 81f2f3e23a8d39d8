import { summarize, type LatencySummary } from '../events/measure';

/** One request of the mix: its kind (for the breakdown) and its query string. */
export interface MixedQuery {
  kind: string;
  query: string;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  latency: LatencySummary;
  byKind: Record<string, LatencySummary>;
  /** Answers other than 200 (and transport failures), with the first one seen. */
  failures: number;
  firstFailure?: string;
  /** The latencies themselves (ms), per kind: rounds are pooled from them. */
  samples: Record<string, number[]>;
}

/** The rounds of one path as one result: requests over the summed time, percentiles of all samples. */
export function pooled(rounds: LoadResult[]): LoadResult | undefined {
  if (!rounds.length) return undefined;
  const samples: Record<string, number[]> = {};
  for (const round of rounds) for (const [kind, values] of Object.entries(round.samples)) (samples[kind] ??= []).push(...values);
  const requests = rounds.reduce((sum, round) => sum + round.requests, 0);
  const seconds = rounds.reduce((sum, round) => sum + round.seconds, 0);
  const firstFailure = rounds.find((round) => round.firstFailure)?.firstFailure;
  return {
    requests,
    seconds,
    requestsPerSecond: requests / seconds,
    latency: summarize(Object.values(samples).flat()),
    byKind: Object.fromEntries(Object.entries(samples).map(([kind, values]) => [kind, summarize(values)])),
    failures: rounds.reduce((sum, round) => sum + round.failures, 0),
    ...(firstFailure ? { firstFailure } : {}),
    samples,
  };
}

/**
 * Closed loop: `concurrency` workers each send the next query of the mix and wait for
 * the whole answer before sending another, for `seconds`. Latency is from the send to
 * the last byte of the body.
 */
export async function closedLoop(
  baseUrl: string,
  mix: readonly MixedQuery[],
  options: { concurrency: number; seconds: number },
): Promise<LoadResult> {
  const byKind = new Map<string, number[]>();
  let next = 0;
  let failures = 0;
  let firstFailure: string | undefined;
  const start = performance.now();
  const deadline = start + options.seconds * 1_000;
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (performance.now() < deadline) {
        const item = mix[next++ % mix.length]!;
        const sent = performance.now();
        try {
          const response = await fetch(`${baseUrl}?${item.query}`);
          const body = await response.text();
          if (response.status !== 200) {
            failures++;
            firstFailure ??= `${response.status} for ?${item.query}: ${body.slice(0, 160)}`;
            continue;
          }
        } catch (error) {
          failures++;
          firstFailure ??= `?${item.query}: ${error instanceof Error ? error.message : String(error)}`;
          continue;
        }
        const elapsed = performance.now() - sent;
        (byKind.get(item.kind) ?? byKind.set(item.kind, []).get(item.kind)!).push(elapsed);
      }
    }),
  );
  const seconds = (performance.now() - start) / 1_000;
  const samples = Object.fromEntries(byKind);
  const all = Object.values(samples).flat();
  return {
    requests: all.length,
    seconds,
    requestsPerSecond: all.length / seconds,
    latency: summarize(all),
    byKind: Object.fromEntries([...byKind].map(([kind, values]) => [kind, summarize(values)])),
    failures,
    ...(firstFailure ? { firstFailure } : {}),
    samples,
  };
}

/** Runs `task` for each query of the mix in turn, one at a time, for `seconds`: latencies per kind. */
export async function sequential(
  mix: readonly MixedQuery[],
  seconds: number,
  task: (item: MixedQuery) => Promise<unknown>,
): Promise<Pick<LoadResult, 'requests' | 'latency' | 'byKind'>> {
  const samples: number[] = [];
  const byKind = new Map<string, number[]>();
  const deadline = performance.now() + seconds * 1_000;
  for (let i = 0; performance.now() < deadline; i++) {
    const item = mix[i % mix.length]!;
    const sent = performance.now();
    await task(item);
    const elapsed = performance.now() - sent;
    samples.push(elapsed);
    (byKind.get(item.kind) ?? byKind.set(item.kind, []).get(item.kind)!).push(elapsed);
  }
  return {
    requests: samples.length,
    latency: summarize(samples),
    byKind: Object.fromEntries([...byKind].map(([kind, values]) => [kind, summarize(values)])),
  };
}
