import type { PrismaClient as PartnershipsDb } from '@scn-prisma/partnerships';
import { ManagedNatsConnection, RpcClient, type RunningService } from '@scn/messaging';
import { DATABASE } from '@scn/platform';
import type { CallerIdentity } from '@scn/contracts';
import { v7 as uuidv7 } from 'uuid';
import { createTestDatabase, deleteNamespaceStreams, startTestService, type TestDatabase } from '@scn/testing';
import pino from 'pino';
import { partnershipsService } from '../../partnerships/src/partnerships.service-definition';
import { exchangesService } from '../src/exchanges.service-definition';

/** Network staff, as the gateway would name them to a service. */
export const STAFF: CallerIdentity = { accountId: uuidv7(), email: 'staff@test.scn', grants: [{ role: 'network-staff', scopeIds: [] }] };
/** Terms to propose a partnership with. */
export const AGREEMENT_TERMS = { title: 'Agreement', kind: 'sister_city' as const, focusAreas: ['arts-culture' as const], text: 'We agree.' };

export interface PartnershipsAndExchanges {
  partnershipsDatabase: TestDatabase;
  exchangesDatabase: TestDatabase;
  partnerships: RunningService;
  exchanges: RunningService;
  connection: ManagedNatsConnection;
  /** Calls either service's operations (as the caller given per call). */
  rpc: RpcClient;
}

/**
 * The partnerships service and the exchanges service in one namespace, each with a
 * database of its own; the partnerships database holds the given cities (id, country)
 * and one member program in the first of them, so partnerships can be proposed at once.
 */
export async function startPartnershipsAndExchanges(options: {
  namespace: string;
  name: string;
  cities: ReadonlyArray<readonly [string, string]>;
  memberProgramId: string;
}): Promise<PartnershipsAndExchanges> {
  const { namespace } = options;
  const [partnershipsDatabase, exchangesDatabase] = await Promise.all([createTestDatabase('partnerships'), createTestDatabase('exchanges')]);
  const partnerships = await startTestService(partnershipsService, { namespace, databaseUrl: partnershipsDatabase.url });
  const exchanges = await startExchanges(namespace, exchangesDatabase);
  const db = partnerships.app.get<PartnershipsDb>(DATABASE);
  for (const [id, countryCode] of options.cities) {
    const row = { id, name: id, searchName: id, altNames: [], countryCode, latitude: 0, longitude: 0, source: 'test' };
    await db.city.upsert({ where: { id }, create: row, update: row });
  }
  await db.memberProgram.create({ data: { id: options.memberProgramId, name: 'Program', cityId: options.cities[0]![0] } });
  const connection = await ManagedNatsConnection.open({
    servers: [process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222'],
    name: options.name,
    logger: pino({ level: 'silent' }),
  });
  return { partnershipsDatabase, exchangesDatabase, partnerships, exchanges, connection, rpc: new RpcClient(connection, namespace, 5_000) };
}

/** A (new) exchanges service on the given database, as after a restart. */
export function startExchanges(namespace: string, database: TestDatabase): Promise<RunningService> {
  return startTestService(exchangesService, { namespace, databaseUrl: database.url });
}

/** Stops both services (the exchanges one as it is now), removes the streams and the databases. */
export async function stopPartnershipsAndExchanges(services: Partial<PartnershipsAndExchanges>, namespace: string): Promise<void> {
  await services.exchanges?.app.close();
  await services.partnerships?.app.close();
  if (services.connection) {
    await deleteNamespaceStreams(services.connection.nc, namespace);
    await services.connection.drain();
  }
  await Promise.all([services.partnershipsDatabase?.drop(), services.exchangesDatabase?.drop()]);
}
