import { z } from 'zod';
import { ConfigError } from './config-error';

/**
 * Validates the environment once, at start-up. Values are never echoed back in the error:
 * a database URL may hold a password.
 */
export function loadConfig<S extends z.ZodObject>(
  service: string,
  schema: S,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<S> {
  // An empty variable means "not set" (the way shells and compose files write it).
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = schema.safeParse(present);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => ({
    variable: issue.path.length ? String(issue.path[0]) : '(environment)',
    rule: issue.message,
  }));
  throw new ConfigError(service, problems);
}
