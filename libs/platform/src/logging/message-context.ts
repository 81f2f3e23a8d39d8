import { AsyncLocalStorage } from 'node:async_hooks';

/** What ties a unit of work to the request or event that started it. */
export interface MessageContext {
  correlationId: string;
  /** Id of the event or request being handled: the cause of whatever this work emits. */
  causationId: string | null;
  /** W3C traceparent of the current span. */
  traceparent?: string;
}

const storage = new AsyncLocalStorage<MessageContext>();

/** Runs `fn` with `context` visible to logs and to events published inside it. */
export function runInMessageContext<T>(context: MessageContext, fn: () => T): T {
  return storage.run(context, fn);
}

/** The context of the work in progress, if any. */
export function currentMessageContext(): MessageContext | undefined {
  return storage.getStore();
}
