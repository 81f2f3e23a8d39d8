import { HEADERS } from '@scn/contracts';
import { currentMessageContext, newTraceparent, type MessageContext } from '@scn/platform';
import { headers as natsHeaders, type MsgHdrs } from 'nats';
import { v7 as uuidv7 } from 'uuid';

/**
 * Writes the correlation and the trace of `context` into outgoing NATS headers. The
 * traceparent goes as given: the caller passes the context of the span that sends the
 * message (`Tracing.start`), so the receiver's span is that span's child.
 */
export function writeContextHeaders(target: MsgHdrs, context: MessageContext | undefined = currentMessageContext()): MsgHdrs {
  const correlationId = context?.correlationId ?? uuidv7();
  target.set(HEADERS.correlationId, correlationId);
  if (context?.causationId) target.set(HEADERS.causationId, context.causationId);
  target.set(HEADERS.traceparent, context?.traceparent ?? newTraceparent());
  return target;
}

/** New NATS headers carrying `context` (the current one by default). */
export function contextHeaders(context?: MessageContext): MsgHdrs {
  return writeContextHeaders(natsHeaders(), context);
}

/** The traceparent a received message carries: the parent of the span that handles it. */
export function receivedTraceparent(received: MsgHdrs | undefined): string | undefined {
  return received?.get(HEADERS.traceparent) || undefined;
}

/**
 * The context a received message continues: its correlation, caused by `causationId`,
 * inside `traceparent` — that of the span handling it (see `Tracing.start`).
 */
export function contextFromHeaders(received: MsgHdrs | undefined, causationId: string | null, traceparent: string): MessageContext {
  return {
    correlationId: received?.get(HEADERS.correlationId) || uuidv7(),
    causationId,
    traceparent,
  };
}
