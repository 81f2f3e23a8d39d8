import { createHash, randomBytes } from 'node:crypto';

/** A new unguessable token (256 bits, base64url): sent to its holder, never stored. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored of a token: its SHA-256, so a database leak yields no usable tokens. */
export function tokenDigest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
