import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import type { MatchingInstance } from './matching.types';

/**
 * SHA-256 of what a run read, seed aside: a commit of a preview recomputes the season and
 * must find the same fingerprint, or the preview no longer describes what would happen.
 */
export function seasonFingerprint(instance: MatchingInstance): string {
  const { seed: _seed, ...inputs } = instance;
  return createHash('sha256').update(canonicalize(inputs) ?? '').digest('hex');
}
