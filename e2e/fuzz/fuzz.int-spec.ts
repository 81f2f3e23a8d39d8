import { realCursors, signInCallers, sampleIds, type Callers } from './callers';
import { fuzzOperation, type FuzzFailure, type FuzzStats } from './fuzzer';
import { closeConnections, send, type RawResponse } from './http';
import { knownInputs, SAME_ANSWER_CASES, type KnownInput } from './known-inputs';
import { operationsOf, RequestGenerator, type OpenApiDocument } from './openapi-requests';
import { FuzzPlatform } from './platform';
import { PROBLEM_CONTENT_TYPE, responseViolations, type Problem } from './response-checks';
import type { SampleIds } from './schema-arbitraries';

// Issue 11: every input answered, no 500, every error a problem document. One platform
// (five processes) serves both parts of this file: the regression cases of the inputs the
// issue lists, then the fuzzer over every operation of the OpenAPI document.
//
// Environment:
//   FUZZ_SEED     seed of the run (default 11011); a failure prints the seed that found it
//   FUZZ_RUNS     runs per operation and caller (default 12)
//   FUZZ_SECONDS  keep fuzzing, round after round with seed+1, seed+2…, for this long
//   FUZZ_ONLY     comma-separated operationIds to fuzz (e.g. to replay a failure)
//   FUZZ_PATH     fast-check path of a failure to replay (with FUZZ_SEED and FUZZ_ONLY)
//   FUZZ_SHRINK   1: shrink counterexamples (many more requests)
//   FUZZ_VERBOSE  1: also list the operations no request got a 2xx from
//   FUZZ_TRACE    a file to append every request and its answer to, one line each

const envNumber = (name: string, fallback: number) => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, not ${JSON.stringify(raw)}`);
  return value;
};

const SEED = envNumber('FUZZ_SEED', 11_011);
const RUNS = envNumber('FUZZ_RUNS', 12);
const SECONDS = envNumber('FUZZ_SECONDS', 0);
const ONLY = new Set((process.env['FUZZ_ONLY'] ?? '').split(',').filter(Boolean));
/** Real work per successful call: a CSV import, an announcement to everyone, a dashboard session. */
const HEAVY_OPERATIONS = new Set(['startPartnershipImport', 'sendAnnouncement', 'openQueueDashboard']);

describe('every input answered (issue 11)', () => {
  let platform: FuzzPlatform;
  let callers: Callers;
  let samples: SampleIds;
  let staffToken: string;

  beforeAll(async () => {
    platform = await FuzzPlatform.start();
    const signedIn = await signInCallers(platform);
    callers = signedIn.callers;
    staffToken = signedIn.staffToken;
    samples = await sampleIds(platform, staffToken);
  }, 180_000);

  afterAll(async () => {
    closeConnections();
    await platform?.stop();
  }, 60_000);

  const call = (caller: keyof Callers, request: { method: string; target: string; body?: unknown; rawBody?: string; headers?: Record<string, string> }) =>
    send(platform.gatewayUrl, {
      method: request.method,
      target: request.target,
      headers: { ...(request.body !== undefined ? { 'content-type': 'application/json' } : {}), ...request.headers, ...callers[caller].headers },
      body: request.rawBody ?? (request.body !== undefined ? JSON.stringify(request.body) : undefined),
    });

  /** A 4xx problem document with the expected status, code and field; nothing a body must not show. */
  const expectProblem = (response: RawResponse, expected: KnownInput['expect']) => {
    const problem = response.json as Problem | undefined;
    const seen = {
      status: response.status,
      contentType: response.contentType.split(';')[0],
      code: problem?.code,
      fields: (problem?.errors ?? []).map((error) => error.field),
      violations: responseViolations(response),
    };
    expect(seen).toEqual({
      status: expected.status,
      contentType: PROBLEM_CONTENT_TYPE,
      code: expected.code ?? expect.any(String),
      fields: expected.field ? expect.arrayContaining([expected.field]) : expect.anything(),
      violations: [],
    });
  };

  describe('the inputs the issue lists', () => {
    // The cases need a real city id, known only once the platform runs: each test looks its case up by name.
    const names = knownInputs({ cityId: 'gn:0' }).map((input) => input.name);

    it.each(names)('%s', async (name) => {
      const [cityId = 'gn:0'] = samples['cityId'] ?? [];
      const input = knownInputs({ cityId }).find((candidate) => candidate.name === name);
      if (!input) throw new Error(`no known input named ${name}`);
      expectProblem(await call(input.caller, input), input.expect);
    });

    it('does not echo the one-time token of /accept-invitation?token=… in a 404', async () => {
      const token = 'one-time-secret-token-0123456789';
      const response = await call('anonymous', { method: 'GET', target: `/accept-invitation?token=${token}` });
      expectProblem(response, { status: 404 });
      const problem = response.json as Problem;
      expect(problem.instance).toBe('/accept-invitation');
      expect(response.text).not.toContain(token);
    });

    it.each(SAME_ANSWER_CASES.map((c) => [c.name, c] as const))('answers %s the same to every role', async (_name, input) => {
      const answers: Record<string, unknown> = {};
      for (const caller of input.callers) {
        const response = await call(caller, input);
        const problem = response.json as Problem | undefined;
        answers[caller] = { status: response.status, code: problem?.code, errors: problem?.errors };
        expect({ caller, violations: responseViolations(response) }).toEqual({ caller, violations: [] });
        expect({ caller, status: response.status }).toEqual({ caller, status: 400 });
      }
      const [first, ...others] = input.callers;
      for (const caller of others) expect({ caller, answer: answers[caller] }).toEqual({ caller, answer: answers[first ?? 'staff'] });
    });
  });

  describe('the fuzzer', () => {
    it(
      'finds no 5xx, no error that is not a problem, no leak, no 2xx without the role, no answer that depends on the role',
      async () => {
        const started = Date.now();
        const documentResponse = await send(platform.gatewayUrl, { method: 'GET', target: '/docs/openapi.json' });
        expect(documentResponse.status).toBe(200);
        const document = documentResponse.json as OpenApiDocument;
        const all = operationsOf(document);
        // Deletions last in each round, so the resources the other operations use now and then still exist.
        const operations = (ONLY.size ? all.filter((operation) => ONLY.has(operation.operationId)) : all).sort(
          (a, b) => Number(a.method === 'DELETE') - Number(b.method === 'DELETE'),
        );
        expect(operations.length).toBeGreaterThan(0);
        const cursors = await realCursors(platform, staffToken, all, samples);
        const generator = new RequestGenerator(document.components?.schemas ?? {}, samples, cursors);
        const stats: FuzzStats = { requests: 0, covered: new Set(), reachedHandler: new Set() };
        const failures: FuzzFailure[] = [];
        const callerList = [callers.anonymous, callers.staff, callers.applicant];
        const deadline = started + SECONDS * 1000;
        const seeds: number[] = [];
        // One round by default; with FUZZ_SECONDS, rounds with the next seeds until the time is up.
        for (let round = 0; round === 0 || Date.now() < deadline; round++) {
          const seed = SEED + round;
          seeds.push(seed);
          for (const operation of operations) {
            // An operation that failed once is not fuzzed again: its failure is already on the list.
            if (failures.some((failure) => failure.operationId === operation.operationId)) continue;
            const failure = await fuzzOperation(platform, operation, generator, callerList, {
              seed,
              runsPerOperation: RUNS,
              heavyRuns: 3,
              heavyOperations: HEAVY_OPERATIONS,
              shrink: process.env['FUZZ_SHRINK'] === '1',
              path: process.env['FUZZ_PATH'] || undefined,
              traceFile: process.env['FUZZ_TRACE'] || undefined,
            }, stats);
            if (failure) failures.push(failure);
          }
        }
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        console.log(
          `fuzz: ${stats.requests} requests, ${stats.covered.size} of ${all.length} operations covered ` +
            `(${stats.reachedHandler.size} answered 2xx at least once), callers ${callerList.map((c) => c.name).join('/')}, ` +
            `seed ${seeds.length > 1 ? `${seeds[0]}..${seeds[seeds.length - 1]}` : SEED}, ${RUNS} runs per operation and caller, ` +
            `${seconds} s, ${failures.length} failing operation(s)`,
        );
        if (process.env['FUZZ_VERBOSE'] === '1') {
          console.log(`real cursors of: ${[...cursors.keys()].join(', ')}`);
          console.log(`never answered 2xx: ${operations.filter((o) => !stats.reachedHandler.has(o.operationId)).map((o) => o.operationId).join(', ')}`);
        }
        if (failures.length) {
          throw new Error(`The fuzzer found ${failures.length} failing operation(s):\n\n${failures.map((f) => f.message).join('\n\n')}`);
        }
        expect(stats.covered.size).toBe(operations.length);
      },
      // A default run takes well under a minute; a longer one is given its own time and then some.
      (SECONDS + 120 + RUNS * 8) * 1000,
    );
  });
});
