import { IMPORT_FILE_TTL_MS, importFilesBucket } from '@scn/contracts';
import { nanos, type ObjectStore } from 'nats';
import type { ManagedNatsConnection } from '../nats/nats-connection';

/**
 * The namespace's JetStream object store of uploaded import files (a file may be larger
 * than one NATS message): the gateway puts a file, the partnerships service reads and
 * discards it; files left behind expire. Opened the same way by both.
 */
export function openImportFiles(connection: ManagedNatsConnection, namespace: string, replicas = 1): Promise<ObjectStore> {
  return connection.nc.jetstream().views.os(importFilesBucket(namespace), { ttl: nanos(IMPORT_FILE_TTL_MS), replicas });
}
