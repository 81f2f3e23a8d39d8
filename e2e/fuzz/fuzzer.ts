import fc from 'fast-check';
import { appendFileSync } from 'node:fs';
import { isAllowed, type Caller } from './callers';
import { send, type RawResponse } from './http';
import type { FuzzRequest, Operation, RequestGenerator } from './openapi-requests';
import type { FuzzPlatform } from './platform';
import { responseViolations, verdict } from './response-checks';

// Runs one fast-check property per operation: each generated request is sent by every
// caller, and each answer is checked on its own and against the others. A failing
// operation is recorded (seed, replay path, request, answers) and the run goes on with
// the next one, so one run reports every operation that fails, not only the first.

export interface FuzzOptions {
  seed: number;
  runsPerOperation: number;
  /** Operations that cause real work (a CSV import, an announcement to everyone) get at most this many runs. */
  heavyRuns: number;
  heavyOperations: ReadonlySet<string>;
  /** Shrink a counterexample (costs many more requests); off by default. */
  shrink: boolean;
  /** Replay one recorded case: fast-check's `path` of a failure. */
  path?: string;
  /** Append every request and its answer to this file (one line each). */
  traceFile?: string;
}

export interface FuzzStats {
  requests: number;
  /** Operations that answered at least one request. */
  covered: Set<string>;
  /** Operations that answered 2xx at least once (the request got past validation and access). */
  reachedHandler: Set<string>;
}

export interface FuzzFailure {
  operationId: string;
  /** `GET /v1/accounts (listAccounts)` */
  operation: string;
  seed: number;
  path: string;
  message: string;
}

interface Answer {
  caller: Caller;
  response: RawResponse;
}

export async function fuzzOperation(
  platform: FuzzPlatform,
  operation: Operation,
  generator: RequestGenerator,
  callers: readonly Caller[],
  options: FuzzOptions,
  stats: FuzzStats,
): Promise<FuzzFailure | undefined> {
  const label = `${operation.method} ${operation.path} (${operation.operationId})`;
  const property = fc.asyncProperty(generator.requests(operation), async (request) => {
    const answers: Answer[] = [];
    for (const caller of callers) {
      const response = await send(platform.gatewayUrl, { ...request.raw, headers: { ...request.raw.headers, ...caller.headers } }).catch(
        (error: unknown): RawResponse => ({ status: 0, headers: {}, contentType: '', text: String(error), json: undefined }),
      );
      stats.requests++;
      stats.covered.add(operation.operationId);
      if (response.status >= 200 && response.status < 300 && !request.offRoute) stats.reachedHandler.add(operation.operationId);
      answers.push({ caller, response });
      if (options.traceFile) {
        const line = `${caller.name} ${request.raw.method} ${request.raw.target.slice(0, 300)} ${request.raw.body?.slice(0, 300) ?? ''} → ${verdict(response)} ${response.text.slice(0, 300)}\n`;
        appendFileSync(options.traceFile, line);
      }
    }
    const wrong = judge(operation, request, answers);
    if (wrong.length) throw new Error(describeFailure(platform, request, answers, wrong));
  });
  const runs = options.heavyOperations.has(operation.operationId) ? Math.min(options.heavyRuns, options.runsPerOperation) : options.runsPerOperation;
  const details = await fc.check(property, {
    seed: options.seed,
    numRuns: runs,
    endOnFailure: !options.shrink,
    ...(options.path ? { path: options.path } : {}),
  });
  if (!details.failed) return undefined;
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  const counterexample = clip(fc.stringify(details.counterexample), 600);
  const replay = `FUZZ_SEED=${details.seed} FUZZ_ONLY=${operation.operationId} FUZZ_PATH=${details.counterexamplePath ?? ''}`;
  return {
    operationId: operation.operationId,
    operation: label,
    seed: details.seed,
    path: details.counterexamplePath ?? '',
    message:
      `${label}: failed after ${details.numRuns} run(s), seed ${details.seed}, path ${details.counterexamplePath}\n  replay: ${replay}\n${cause}\n` +
      `  counterexample (fast-check): ${counterexample}`,
  };
}

/** Everything wrong with the answers to one request. */
function judge(operation: Operation, request: FuzzRequest, answers: Answer[]): string[] {
  const wrong: string[] = [];
  for (const { caller, response } of answers) {
    for (const violation of responseViolations(response)) wrong.push(`${caller.name}: ${violation}`);
    const success = response.status >= 200 && response.status < 400;
    if (success && !request.offRoute && !isAllowed(caller, operation.roles)) {
      wrong.push(`${caller.name}: ${response.status} on an operation for ${operation.roles.join(', ')}`);
    }
  }
  if (request.invalid && !request.offRoute) {
    // The same bad input, from callers all allowed to make the call: the same answer.
    const allowed = answers.filter(({ caller }) => isAllowed(caller, operation.roles));
    const verdicts = new Set(allowed.map(({ response }) => verdict(response)));
    if (verdicts.size > 1) {
      wrong.push(`callers allowed to call it got different answers to the same bad input: ${allowed.map((a) => `${a.caller.name} ${verdict(a.response)}`).join(', ')}`);
    }
  }
  return wrong;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}… (${text.length} chars in all)` : text);

function describeFailure(platform: FuzzPlatform, request: FuzzRequest, answers: Answer[], wrong: string[]): string {
  const lines = [
    `  what is wrong:`,
    ...groupByText(wrong).map((line) => `    - ${line}`),
    `  request: ${request.raw.method} ${clip(request.raw.target, 300)}`,
    `    broken on purpose: ${request.notes.join('; ') || 'nothing (a valid-ish request)'}`,
    ...(request.raw.body !== undefined ? [`    body (${request.raw.headers?.['content-type'] ?? 'no content-type'}): ${clip(request.raw.body, 400)}`] : []),
    ...Object.entries(request.raw.headers ?? {})
      .filter(([name]) => name !== 'content-type')
      .map(([name, value]) => `    header ${name}: ${clip(value, 80)}`),
    `  answers:`,
  ];
  // Callers that got the same status, code and content type share one line.
  const groups = new Map<string, Answer[]>();
  for (const answer of answers) {
    const key = `${verdict(answer.response)} ${answer.response.contentType}`;
    groups.set(key, [...(groups.get(key) ?? []), answer]);
  }
  for (const [first, ...others] of groups.values()) {
    if (!first) continue;
    const { response } = first;
    const who = [first, ...others].map((a) => a.caller.name).join(', ');
    lines.push(`    ${who}: ${response.status} ${response.contentType} ${clip(response.text, 300)}`);
  }
  for (const { response } of answers) {
    const correlationId = (response.json as { correlationId?: unknown } | undefined)?.correlationId ?? response.headers['x-request-id'];
    if (response.status >= 500 && typeof correlationId === 'string') {
      for (const line of platform.logLines(correlationId).slice(0, 3)) lines.push(`      log: ${clip(line, 600)}`);
    }
  }
  return lines.join('\n');
}

/** `anonymous: x`, `staff: x` → `anonymous, staff: x`. */
function groupByText(lines: string[]): string[] {
  const byText = new Map<string, string[]>();
  for (const line of lines) {
    const [who = '', ...rest] = line.split(': ');
    const text = rest.join(': ');
    if (!rest.length || !['anonymous', 'staff', 'applicant'].includes(who)) byText.set(line, []);
    else byText.set(text, [...(byText.get(text) ?? []), who]);
  }
  return [...byText].map(([text, who]) => (who.length ? `${who.join(', ')}: ${text}` : text));
}
