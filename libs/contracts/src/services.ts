/** Every deployable service of the platform, declared once. */
export const SERVICE_NAMES = ['gateway', 'partnerships', 'exchanges', 'applications', 'notifications'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

/** Services that own domain events (each has an outbox and its own JetStream stream). */
export const EVENT_SOURCES = ['partnerships', 'exchanges', 'applications', 'notifications', 'gateway'] as const;
export type EventSource = (typeof EVENT_SOURCES)[number];

/** Default HTTP port of each service (health endpoints; the gateway's public API). */
export const DEFAULT_HTTP_PORTS: Record<ServiceName, number> = {
  gateway: 3000,
  partnerships: 3101,
  exchanges: 3102,
  applications: 3103,
  notifications: 3104,
};
