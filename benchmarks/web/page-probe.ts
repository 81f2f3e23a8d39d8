import type { BrowserContext, Page } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { sleep } from '../events/measure';

// What one page load and one interaction cost, measured inside the page (no round trip to
// this process in the figures): a script added before any of the page's own runs watches
// the DOM for the page's content, the long tasks and the largest contentful paint.
// The probe's code reaches the page as text: the benchmark's tsconfig has no DOM types,
// and text is what `addInitScript` sends anyway (it is not subject to the page's CSP).

/** A condition on the page's DOM, as a JavaScript expression (true when the content is there). */
export type DomCondition = string;

export interface LoadFigures {
  /** Navigation start → the first frame after the content appeared in the DOM, ms. */
  visible: number;
  /** Navigation start → the end of the last long task before the main thread was quiet for QUIET_MS (at least `visible`), ms. */
  interactive: number;
  /** The largest contentful paint, ms after navigation start (null when Chromium reported none). */
  lcp: number | null;
  /** Long tasks (≥ 50 ms) from navigation start to `interactive`: their total, ms. */
  longTasks: number;
}

export interface JsLoaded {
  files: number;
  gzipBytes: number;
  rawBytes: number;
}

export interface InteractionFigures {
  /** The input → the first frame showing its result, ms. */
  elapsed: number;
  /** Long tasks from the input to the main thread quiet again, total ms. */
  longTasks: number;
}

/** The main thread counts as quiet after this long without a long task (TTI's rule, shortened from 5 s). */
const QUIET_MS = 500;
const QUIET_LIMIT_MS = 10_000;
/** A page whose content never shows fails the benchmark instead of holding it forever. */
const CONTENT_LIMIT_MS = 30_000;

function within<T>(what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing after ${CONTENT_LIMIT_MS / 1000} s`)), CONTENT_LIMIT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function probeScript(ready: DomCondition): string {
  return `(() => {
  const bench = { longTasks: [], lcp: null };
  window.__bench = bench;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) bench.longTasks.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => { const all = list.getEntries(); bench.lcp = all[all.length - 1].startTime; })
    .observe({ type: 'largest-contentful-paint', buffered: true });
  // Resolves with the time of the first frame after test() turned true.
  bench.when = (test) => new Promise((resolve) => {
    let observer;
    const check = () => {
      if (!test()) return false;
      if (observer) observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
      return true;
    };
    if (check()) return;
    observer = new MutationObserver(check);
    observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  bench.loaded = bench.when(() => Boolean(${ready}));
})();`;
}

/** A browser context whose pages carry the probe, waiting for `ready`. */
export async function probedContext(context: BrowserContext, ready: DomCondition): Promise<BrowserContext> {
  await context.addInitScript({ content: probeScript(ready) });
  return context;
}

/** Waits until no long task for QUIET_MS, then returns the end of the last long task at or after `from` (or `from`). */
async function quietAfter(page: Page, from: number): Promise<{ end: number; total: number }> {
  const started = Date.now();
  for (;;) {
    const [now, tasks] = await page.evaluate<[number, Array<[number, number]>]>('[performance.now(), window.__bench.longTasks]');
    const lastEnd = tasks.reduce((end, [start, duration]) => Math.max(end, start + duration), 0);
    if (now - Math.max(lastEnd, from) >= QUIET_MS || Date.now() - started > QUIET_LIMIT_MS) {
      const relevant = tasks.filter(([start, duration]) => start + duration >= from - 0.5);
      return { end: Math.max(from, lastEnd), total: relevant.reduce((sum, [, duration]) => sum + duration, 0) };
    }
    await sleep(100);
  }
}

/** Opens `url` in `page` (whose context carries the probe) and measures the load. */
export async function measureLoad(page: Page, url: string): Promise<LoadFigures> {
  await page.goto(url, { waitUntil: 'commit' });
  const visible = await within(`the content of ${url}`, page.evaluate<number>('window.__bench.loaded'));
  const quiet = await quietAfter(page, 0);
  const lcp = await page.evaluate<number | null>('window.__bench.lcp');
  return { visible, interactive: Math.max(visible, quiet.end), lcp, longTasks: quiet.total };
}

/**
 * Measures one interaction (`name` for errors): `changed` is an expression evaluated just
 * before the input that yields a test (a function) of its result having appeared, e.g. the
 * first row differing from the one before; `input` is the input itself, run in the page in
 * the same turn (a click, a choice in a list), so no round trip to this process lands in
 * the figure.
 */
export async function measureInteraction(page: Page, name: string, changed: string, input: string): Promise<InteractionFigures> {
  const [start, done] = await within(`the result of ${name}`, page.evaluate<[number, number]>(`(() => {
    const test = ${changed};
    const start = performance.now();
    const done = window.__bench.when(test);
    ${input};
    return done.then((at) => [start, at]);
  })()`));
  const quiet = await quietAfter(page, start);
  return { elapsed: done - start, longTasks: quiet.total };
}

/** Counts the JavaScript the page receives from now on: files, raw and gzip bytes (level 9, as `npm run web:size`). */
export function countJs(page: Page): () => Promise<JsLoaded> {
  const bodies: Array<Promise<Buffer | null>> = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.body().catch(() => null));
  });
  return async () => {
    const loaded = (await Promise.all(bodies)).filter((body): body is Buffer => body !== null);
    return {
      files: loaded.length,
      rawBytes: loaded.reduce((sum, body) => sum + body.length, 0),
      gzipBytes: loaded.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0),
    };
  };
}
