import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { templateDatabaseName, testServerUrl } from './template-databases';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

async function admin<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database of `project` (cloned from its template) for one test file. */
export async function createTestDatabase(project: string): Promise<TestDatabase> {
  const name = `scn_t_${project.replace(/-/g, '_')}_${randomBytes(4).toString('hex')}`;
  await admin(async (client) => {
    // Cloning needs the template to be idle: retry briefly if another file is cloning it.
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE "${name}" TEMPLATE "${templateDatabaseName(project)}"`);
        return;
      } catch (error) {
        if (attempt >= 20 || !/being accessed by other users/.test(String(error))) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
      }
    }
  });
  return {
    name,
    url: testServerUrl(name),
    drop: () => admin(async (client) => void (await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))),
  };
}

/** A test's own database of `project` with one plain `pg` connection to it (SQL as written, no pool). */
export interface ConnectedTestDatabase {
  database: TestDatabase;
  client: Client;
  /** Ends the connection, then drops the database. */
  drop(): Promise<void>;
}

/** `createTestDatabase(project)` and a connected `pg` client on it. */
export async function connectedTestDatabase(project: string): Promise<ConnectedTestDatabase> {
  const database = await createTestDatabase(project);
  const client = new Client({ connectionString: database.url });
  try {
    await client.connect();
  } catch (error) {
    await database.drop();
    throw error;
  }
  return {
    database,
    client,
    drop: async () => {
      await client.end();
      await database.drop();
    },
  };
}
