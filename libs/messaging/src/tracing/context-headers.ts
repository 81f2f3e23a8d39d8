import { HEADERS } from '@scn/contracts';
import { childTraceparent, currentMessageContext, type MessageContext } from '@scn/platform';
import { headers as natsHeaders, type MsgHdrs } from 'nats';
import { v7 as uuidv7 } from 'uuid';

/** Writes the current correlation and trace into outgoing NATS headers. */
export function writeContextHeaders(target: MsgHdrs, context: MessageContext | undefined = currentMessageContext()): MsgHdrs {
  const correlationId = context?.correlationId ?? uuidv7();
  target.set(HEADERS.correlationId, correlationId);
  if (context?.causationId) target.set(HEADERS.causationId, context.causationId);
  target.set(HEADERS.traceparent, childTraceparent(context?.traceparent));
  return target;
}

/** New NATS headers carrying the current context. */
export function contextHeaders(context?: MessageContext): MsgHdrs {
  return writeContextHeaders(natsHeaders(), context);
}

/** The context a received message continues: its correlation, and a span of its trace. */
export function contextFromHeaders(received: MsgHdrs | undefined, causationId: string | null): MessageContext {
  return {
    correlationId: received?.get(HEADERS.correlationId) || uuidv7(),
    causationId,
    traceparent: childTraceparent(received?.get(HEADERS.traceparent)),
  };
}
