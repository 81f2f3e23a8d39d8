import type { EventCatalogue } from './events/catalogue';
import type { EventSource, ServiceName } from './services';

// Every NATS subject, stream and consumer name is derived here, and only here.

const upper = (token: string) => token.toUpperCase().replace(/[^A-Z0-9_]/g, '_');

/** Subject an event of `type` is published on: `<ns>.events.<source>.<type>`. */
export function eventSubject(namespace: string, catalogue: EventCatalogue, type: string): string {
  const definition = catalogue[type];
  if (!definition) throw new Error(`Unknown event type ${type}`);
  return `${namespace}.events.${definition.source}.${type}`;
}

/** The JetStream stream holding every event published by one source service. */
export function eventStream(namespace: string, source: EventSource): { name: string; subjects: string[] } {
  return { name: `${upper(namespace)}_EVENTS_${upper(source)}`, subjects: [`${namespace}.events.${source}.>`] };
}

/** The dead-letter stream of a namespace: what consumers gave up on, with the reason. */
export function deadLetterStream(namespace: string): { name: string; subjects: string[] } {
  return { name: `${upper(namespace)}_DEAD_LETTERS`, subjects: [`${namespace}.dlq.>`] };
}

/** Subject a dead letter of `consumer` is stored under. */
export function deadLetterSubject(namespace: string, consumer: string, type: string): string {
  const tokens = type
    .slice(0, 200)
    .split('.')
    .map((token) => token.replace(/[^a-zA-Z0-9_-]/g, '_'))
    .filter(Boolean);
  return `${namespace}.dlq.${consumer}.${tokens.join('.') || 'unknown'}`;
}

/** Durable consumer name of a service (all its replicas share it). */
export function durableConsumerName(service: ServiceName): string {
  return service;
}

/** Subject of a request/reply operation served by `service`. */
export function rpcSubject(namespace: string, service: ServiceName, operation: string): string {
  return `${namespace}.rpc.${service}.${operation}`;
}

/** Wildcard a service subscribes to for all its request/reply operations. */
export function rpcWildcard(namespace: string, service: ServiceName): string {
  return `${namespace}.rpc.${service}.>`;
}

/** Queue group shared by the replicas of a service for request/reply. */
export function rpcQueueGroup(service: ServiceName): string {
  return `${service}-rpc`;
}

/**
 * Core NATS subject a new inbox notification of an account is announced on, after it is
 * stored: the gateway's Server-Sent Events stream of that account listens to it. Live
 * only (no JetStream): a client that reconnects reads what it missed from the inbox.
 */
export function inboxLiveSubject(namespace: string, accountId: string): string {
  return `${namespace}.inbox.${accountId.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
}
