import { HEADERS } from '@scn/contracts';
import { runInMessageContext } from '@scn/platform';
import { headers as natsHeaders } from 'nats';
import { contextFromHeaders, contextHeaders, receivedTraceparent, writeContextHeaders } from './context-headers';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const TRACEPARENT = `00-${TRACE_ID}-00f067aa0ba902b7-01`;

describe(contextHeaders.name, () => {
  it('writes the correlation, the causation and the traceparent of the sending span as given', () => {
    const headers = contextHeaders({ correlationId: 'req-1', causationId: 'evt-1', traceparent: TRACEPARENT });

    expect(headers.get(HEADERS.correlationId)).toBe('req-1');
    expect(headers.get(HEADERS.causationId)).toBe('evt-1');
    expect(headers.get(HEADERS.traceparent)).toBe(TRACEPARENT);
  });

  it('takes the context of the work in progress by default', () => {
    const headers = runInMessageContext({ correlationId: 'req-2', causationId: null, traceparent: TRACEPARENT }, () =>
      contextHeaders(),
    );

    expect(headers.get(HEADERS.correlationId)).toBe('req-2');
    expect(headers.has(HEADERS.causationId)).toBe(false);
    expect(headers.get(HEADERS.traceparent)).toBe(TRACEPARENT);
  });

  it('starts a correlation and a trace when there is no context', () => {
    const headers = contextHeaders();

    expect(headers.get(HEADERS.correlationId)).toMatch(UUID_V7);
    expect(headers.has(HEADERS.causationId)).toBe(false);
    expect(headers.get(HEADERS.traceparent)).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
  });
});

describe(writeContextHeaders.name, () => {
  it('keeps the headers already there', () => {
    const target = natsHeaders();
    target.set(HEADERS.eventType, 'partnership.activated.v1');

    writeContextHeaders(target, { correlationId: 'req-3', causationId: null });

    expect(target.get(HEADERS.eventType)).toBe('partnership.activated.v1');
    expect(target.get(HEADERS.correlationId)).toBe('req-3');
  });
});

describe(receivedTraceparent.name, () => {
  it('reads the header, and nothing from an empty one or none', () => {
    expect(receivedTraceparent(contextHeaders({ correlationId: 'c', causationId: null, traceparent: TRACEPARENT }))).toBe(TRACEPARENT);
    const empty = natsHeaders();
    empty.set(HEADERS.traceparent, '');
    expect(receivedTraceparent(empty)).toBeUndefined();
    expect(receivedTraceparent(undefined)).toBeUndefined();
  });
});

describe(contextFromHeaders.name, () => {
  const HANDLING = `00-${TRACE_ID}-1111111111111111-01`;

  it('continues the correlation it receives, caused by the given message, in the handling span', () => {
    const sent = contextHeaders({ correlationId: 'req-4', causationId: 'evt-0', traceparent: TRACEPARENT });

    const received = contextFromHeaders(sent, 'evt-1', HANDLING);

    expect(received).toEqual({ correlationId: 'req-4', causationId: 'evt-1', traceparent: HANDLING });
  });

  it('starts a correlation for a message without headers', () => {
    const received = contextFromHeaders(undefined, null, HANDLING);

    expect(received.correlationId).toMatch(UUID_V7);
    expect(received.causationId).toBeNull();
  });

  it('ignores an empty correlation header', () => {
    const sent = natsHeaders();
    sent.set(HEADERS.correlationId, '');

    expect(contextFromHeaders(sent, null, HANDLING).correlationId).toMatch(UUID_V7);
  });
});
