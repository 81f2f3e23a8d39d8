import { useEffect, useRef } from 'react';

/**
 * Runs `action` once per mounted page, even when React mounts it twice in development:
 * an emailed token works once, so a second call would turn a success into an error.
 */
export function useOnce(action: () => void): void {
  const done = useRef(false);
  useEffect(() => {
    if (done.current) return;
    done.current = true;
    action();
  });
}
