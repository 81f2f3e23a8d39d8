/**
 * Attribute names of the messaging and RPC semantic conventions that are still
 * "incubating" upstream: the conventions ask users to copy them rather than import the
 * incubating entry point, whose names may change. `scn.*` are the platform's own.
 */
export const SPAN_ATTRIBUTES = {
  rpcSystem: 'rpc.system',
  rpcService: 'rpc.service',
  rpcMethod: 'rpc.method',
  messagingSystem: 'messaging.system',
  messagingOperationType: 'messaging.operation.type',
  messagingOperationName: 'messaging.operation.name',
  messagingDestination: 'messaging.destination.name',
  messagingMessageId: 'messaging.message.id',
  messagingBatchCount: 'messaging.batch.message_count',
  messagingConsumerGroup: 'messaging.consumer.group.name',
  rpcOutcome: 'scn.rpc.outcome',
  rpcStatus: 'scn.rpc.status',
  eventType: 'scn.event.type',
  eventAggregate: 'scn.event.aggregate',
  eventOutcome: 'scn.event.outcome',
  deliveryCount: 'scn.event.delivery_count',
} as const;

/** `messaging.system` and `rpc.system` of every span the platform makes at a NATS seam. */
export const NATS_SYSTEM = 'nats';
