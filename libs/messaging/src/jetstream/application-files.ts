import { APPLICATION_FILE_TTL_MS, applicationFilesBucket } from '@scn/contracts';
import { nanos, type ObjectStore } from 'nats';
import type { ManagedNatsConnection } from '../nats/nats-connection';

/**
 * The namespace's JetStream object store through which applicants' documents and referees'
 * letters travel between the gateway and the applications service (a file may be larger
 * than one NATS message): the sender puts a file, the receiver reads and deletes it; files
 * left behind expire. Opened the same way by both.
 */
export function openApplicationFiles(connection: ManagedNatsConnection, namespace: string, replicas = 1): Promise<ObjectStore> {
  return connection.nc.jetstream().views.os(applicationFilesBucket(namespace), { ttl: nanos(APPLICATION_FILE_TTL_MS), replicas });
}
