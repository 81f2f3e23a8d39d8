import type { RawResponse } from './http';

// What every answer of the gateway must be, whatever was asked (issue 11).

/** Stack frames and file paths: an answer must never show the code behind it. */
const STACK_TRACE = [/\n\s+at /, /\\n\s+at /, /node_modules/, /\.ts:\d/, /\.js:\d+:\d+/];
/** Database text: an answer must never show the query or the driver's words. */
const SQL_TEXT = /prisma|invalid byte sequence|syntax error at|SELECT |INSERT INTO|violates|duplicate key|relation "|column "/i;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export interface Problem {
  status?: number;
  code?: unknown;
  correlationId?: unknown;
  instance?: unknown;
  errors?: Array<{ field?: string; rule?: string }>;
}

/** Everything wrong with one answer, in words; empty when it is fine. */
export function responseViolations(response: RawResponse): string[] {
  const wrong: string[] = [];
  if (response.status === 0 || response.status >= 500) wrong.push(`status ${response.status} (a server error)`);
  if (response.status >= 400) {
    if (!response.contentType.startsWith(PROBLEM_CONTENT_TYPE)) {
      wrong.push(`content-type ${JSON.stringify(response.contentType)} instead of ${PROBLEM_CONTENT_TYPE}`);
    }
    const problem = response.json as Problem | undefined;
    if (!problem || typeof problem !== 'object') wrong.push('the body is not a JSON problem document');
    else {
      if (typeof problem.code !== 'string' || !problem.code) wrong.push('the problem has no string `code`');
      if (typeof problem.correlationId !== 'string' || !problem.correlationId) wrong.push('the problem has no `correlationId`');
      if (typeof problem.instance === 'string' && problem.instance.includes('?')) {
        wrong.push(`the problem's instance echoes the query string: ${problem.instance.slice(0, 200)}`);
      }
    }
  }
  for (const pattern of STACK_TRACE) if (pattern.test(response.text)) wrong.push(`the body shows a stack trace or file (${pattern})`);
  const sql = SQL_TEXT.exec(response.text);
  if (sql) wrong.push(`the body shows database text (${JSON.stringify(sql[0])})`);
  return wrong;
}

/** Status, code and the fields named: what must not depend on who asks with bad input. */
export function verdict(response: RawResponse): string {
  const problem = response.json as Problem | undefined;
  const code = typeof problem?.code === 'string' ? problem.code : '-';
  const fields = Array.isArray(problem?.errors) ? problem.errors.map((error) => `${error.field}:${error.rule}`).sort() : [];
  return `${response.status} ${code}${fields.length ? ` [${fields.join(', ')}]` : ''}`;
}
