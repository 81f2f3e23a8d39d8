import { useSyncExternalStore } from 'react';

/**
 * Whether the last call to the API got an answer. A call that got none marks the
 * connection lost (the layout says so while queries retry); the next answer marks it
 * back. A tiny store of its own, so the fetch wrapper needs no React.
 */
let lost = false;
const listeners = new Set<() => void>();

function set(value: boolean): void {
  if (lost === value) return;
  lost = value;
  for (const listener of listeners) listener();
}

export const connection = {
  markLost: () => set(true),
  markAnswered: () => set(false),
  isLost: () => lost,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useConnectionLost(): boolean {
  return useSyncExternalStore(connection.subscribe, connection.isLost, () => false);
}
