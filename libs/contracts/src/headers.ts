/** NATS header names the platform reads and writes, declared once. */
export const HEADERS = {
  /** JetStream de-duplication key: always the event id. */
  msgId: 'Nats-Msg-Id',
  /** W3C trace context. */
  traceparent: 'traceparent',
  correlationId: 'Scn-Correlation-Id',
  causationId: 'Scn-Causation-Id',
  eventType: 'Scn-Event-Type',
  /** The authenticated caller of a request/reply operation (JSON of `CallerIdentity`), set by the gateway only. */
  caller: 'Scn-Caller',
  /** Aggregate id of an event: the key its order is kept by. */
  aggregate: 'Scn-Aggregate',
  deadLetter: {
    reason: 'Scn-Dlq-Reason',
    consumer: 'Scn-Dlq-Consumer',
    stream: 'Scn-Dlq-Stream',
    streamSequence: 'Scn-Dlq-Stream-Seq',
    originalSubject: 'Scn-Dlq-Subject',
    deliveries: 'Scn-Dlq-Deliveries',
    failedAt: 'Scn-Dlq-Failed-At',
  },
} as const;

/** HTTP header carrying the correlation id (accepted from clients or generated). */
export const HTTP_REQUEST_ID_HEADER = 'x-request-id';
