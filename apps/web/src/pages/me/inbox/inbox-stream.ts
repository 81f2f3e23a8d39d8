import type { QueryClient } from '@tanstack/react-query';
import { EventSourceParserStream } from 'eventsource-parser/stream';
import { accessToken } from '../../../api/client';
import { keysToInvalidate } from './inbox-invalidation';

/** Wait before connecting again after the stream ends or fails (it is live only: the list catches up). */
const RECONNECT_MS = 5_000;

/**
 * Listens to GET /v1/me/notifications/stream. EventSource cannot send the bearer token,
 * so the stream is read with fetch and parsed by eventsource-parser. Each `notification`
 * event invalidates the queries it concerns; after a drop it reconnects and refetches the
 * inbox, since what came meanwhile is only in the list. Returns a stop function.
 */
export function followInbox(queryClient: QueryClient): () => void {
  const controller = new AbortController();
  const run = async () => {
    while (!controller.signal.aborted) {
      try {
        const token = await accessToken();
        if (!token) return;
        const response = await fetch('/v1/me/notifications/stream', { headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' }, signal: controller.signal });
        if (!response.ok || !response.body) throw new Error(`stream answered ${response.status}`);
        await queryClient.invalidateQueries({ queryKey: ['me', 'inbox'] });
        const events = response.body.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream());
        const reader = events.getReader();
        for (;;) {
          const { done, value: event } = await reader.read();
          if (done) break;
          if (event.event !== 'notification') continue;
          let item: { type?: unknown; category?: unknown } = {};
          try {
            item = JSON.parse(event.data) as typeof item;
          } catch {
            item = {};
          }
          for (const queryKey of keysToInvalidate(item)) await queryClient.invalidateQueries({ queryKey });
        }
      } catch {
        if (controller.signal.aborted) return;
      }
      await new Promise((resolve) => setTimeout(resolve, RECONNECT_MS));
    }
  };
  void run();
  return () => controller.abort();
}
