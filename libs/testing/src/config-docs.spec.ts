import { z } from 'zod';
import { undocumentedVariables } from './config-docs';

const schema = z.object({ NATS_URL: z.string(), HTTP_PORT: z.string(), REDIS_URL: z.string() });

describe(undocumentedVariables.name, () => {
  it('is empty when every variable is named in backticks', () => {
    const markdown = '| `NATS_URL` | … |\n| `HTTP_PORT` | … |\nRedis: `REDIS_URL`.';
    expect(undocumentedVariables(schema, markdown)).toEqual([]);
  });

  it('lists the variables that are missing, in schema order', () => {
    expect(undocumentedVariables(schema, 'Only `HTTP_PORT` here.')).toEqual(['NATS_URL', 'REDIS_URL']);
  });

  it('does not count a name outside backticks, or inside a longer code span', () => {
    const markdown = 'NATS_URL is set in `NATS_URL_LIST`; see `HTTP_PORT=3000` and `REDIS_URL`.';
    expect(undocumentedVariables(schema, markdown)).toEqual(['NATS_URL', 'HTTP_PORT']);
  });

  it('does not take a fenced code block for a code span', () => {
    const markdown = '```\nNATS_URL\n```\n`HTTP_PORT` `REDIS_URL`';
    expect(undocumentedVariables(schema, markdown)).toEqual(['NATS_URL']);
  });
});
