import type { z } from 'zod';

/** Code spans of a markdown text: what is written between single backticks. */
function codeSpans(markdown: string): Set<string> {
  return new Set([...markdown.matchAll(/`([^`\n]+)`/g)].map(([, content = '']) => content.trim()));
}

/** The variables of a config schema that `markdown` never names in backticks (e.g. `NATS_URL`). */
export function undocumentedVariables(schema: z.ZodObject, markdown: string): string[] {
  const documented = codeSpans(markdown);
  return Object.keys(schema.shape).filter((variable) => !documented.has(variable));
}
