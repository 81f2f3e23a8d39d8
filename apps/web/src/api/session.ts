import { useSyncExternalStore } from 'react';
import type { components } from './api-types.generated';

export type IssuedTokens = components['schemas']['IssuedTokens'];

/** The signed-in person: the tokens the gateway issued and when the access token runs out. */
export interface Session {
  tokens: IssuedTokens;
  /** Epoch milliseconds after which the access token is refused. */
  accessExpiresAt: number;
}

const STORAGE_KEY = 'scn.session';
const listeners = new Set<() => void>();

/**
 * Kept in localStorage so that a reload or a second tab stays signed in (the refresh token
 * is what lets it; the API rotates it on every use). The console sends no cookie, so a
 * forged cross-site request carries no credentials.
 */
function read(): Session | null {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

let current: Session | null = typeof window === 'undefined' ? null : read();

function write(next: Session | null): void {
  current = next;
  if (next) window.localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  else window.localStorage.removeItem(STORAGE_KEY);
  for (const listener of listeners) listener();
}

export const session = {
  current: () => current,
  start(tokens: IssuedTokens, now = Date.now()): void {
    write({ tokens, accessExpiresAt: now + tokens.expiresIn * 1000 });
  },
  end(): void {
    write(null);
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useSession(): Session | null {
  return useSyncExternalStore(session.subscribe, session.current, () => null);
}

/** The platform's roles (`libs/contracts/src/identity/roles.ts`), as grants name them. */
export type ConsoleRole = IssuedTokens['caller']['grants'][number]['role'];

/** Roles of the signed-in person, for showing only what they may use (the API decides anyway). */
export function hasRole(current: Session | null, role: ConsoleRole): boolean {
  return current?.tokens.caller.grants.some((grant) => grant.role === role) ?? false;
}
