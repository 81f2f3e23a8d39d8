import type { AgreementTerms } from '@scn/contracts';
import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';

/**
 * SHA-256 (hex) of the canonical JSON (RFC 8785) of agreement terms: key order, spacing and
 * number formatting cannot change it, any change of content does. Focus areas are a set,
 * so they are sorted first.
 */
export function termsHash(terms: AgreementTerms): string {
  const canonical = canonicalize({ ...terms, focusAreas: [...terms.focusAreas].sort() });
  if (canonical === undefined) throw new Error('terms cannot be canonicalized');
  return createHash('sha256').update(canonical).digest('hex');
}
