import { z } from 'zod';

/**
 * A namespace isolates one deployment's subjects, streams and queues from another's on the
 * same NATS and Redis (the platform runs as `scn`; each test run picks its own).
 * It must be a single NATS subject token and safe inside a stream name.
 */
export const namespaceSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,31}$/, 'must be 1-32 chars of a-z, 0-9 and _, starting with a letter');

export const DEFAULT_NAMESPACE = 'scn';
