import { PrismaClient } from '@scn-prisma/partnerships';
import { PrismaClient as NotificationsClient } from '@scn-prisma/notifications';
import { PrismaPg } from '@prisma/adapter-pg';
import { SERVICE_NAMES, type ServiceName } from '@scn/contracts';
import { createTestDatabase, freePort, testNamespace, waitFor, type TestDatabase } from '@scn/testing';
import path from 'node:path';
import { SmtpSink } from '../../apps/notifications/test/support/smtp-sink';
import { removePlatformTraces } from '../../e2e/platform-traces';
import { ServiceProcess } from '../../e2e/service-process';

// The whole platform as `npm start` runs it (five processes, the gateway serving the built
// console), in a namespace, databases and Redis keys of its own, its emails caught by an
// SMTP sink in this process, as the notifications integration tests catch them.

/**
 * How long a file's `beforeAll` may take to start the platform (five processes) and a
 * Chromium, and make its fixtures: two browser files run at once, so a platform can start
 * while another starts or works. CI run 4 of 2026-12-06 saw one take over 120 s (the tests'
 * own timeout) beside two others' start-ups.
 */
export const PLATFORM_SETUP_TIMEOUT_MS = 240_000;

export const WEB_ADMIN = { email: 'web-admin@test.scn', password: 'web-admin-password-0123' };
const CONSOLE_DIR = path.resolve(__dirname, '../../apps/web/dist');

export class WebPlatform {
  private constructor(
    readonly url: string,
    readonly mail: SmtpSink,
    /** The platform's NATS namespace, for tests that publish to its streams (a malformed event to dead-letter). */
    readonly namespace: string,
    private readonly processes: ServiceProcess[],
    private readonly databases: Map<ServiceName, TestDatabase>,
  ) {}

  /**
   * Starts the platform; once more, on new ports and databases, when a service exited while
   * starting. A port `freePort` found free can be taken before the service binds it (by an
   * outgoing connection of this machine's other tests); a second failure is the test's.
   */
  static async start(): Promise<WebPlatform> {
    try {
      return await WebPlatform.startOnce();
    } catch (error) {
      if (!(error instanceof ServiceExitedOnStart)) throw error;
      process.stderr.write(`${error.message}\nstarting the platform once more\n`);
      return WebPlatform.startOnce();
    }
  }

  private static async startOnce(): Promise<WebPlatform> {
    const namespace = testNamespace();
    const databases = new Map<ServiceName, TestDatabase>();
    const processes: ServiceProcess[] = [];
    const mail = await SmtpSink.start();
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    try {
      for (const service of SERVICE_NAMES) databases.set(service, await createTestDatabase(service));
      for (const service of SERVICE_NAMES) {
        processes.push(
          ServiceProcess.start(service, {
            SCN_NAMESPACE: namespace,
            HTTP_PORT: String(service === 'gateway' ? port : await freePort()),
            DATABASE_URL: databases.get(service)?.url ?? '',
            // Warnings too: a journey that times out is explained by them (reported at stop).
            LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'warn',
            OUTBOX_POLL_MS: '200',
            PUBLIC_WEB_URL: url,
            ...(service === 'gateway'
              ? {
                  BOOTSTRAP_ADMIN_EMAIL: WEB_ADMIN.email,
                  BOOTSTRAP_ADMIN_PASSWORD: WEB_ADMIN.password,
                  JWT_SECRET: 'web-tests-only-jwt-secret-0123456789abcdef',
                  WEB_CONSOLE_DIR: CONSOLE_DIR,
                  RATE_LIMIT_PER_MINUTE: '100000',
                  AUTH_RATE_LIMIT_PER_MINUTE: '10000',
                }
              : {}),
            ...(service === 'notifications' ? { SMTP_URL: mail.url } : {}),
          }),
        );
      }
      const platform = new WebPlatform(url, mail, namespace, processes, databases);
      await platform.waitUntilReady();
      return platform;
    } catch (error) {
      // What the services said, for a start that timed out (their logs go nowhere else).
      if (!(error instanceof ServiceExitedOnStart)) {
        for (const child of processes) if (child.stderr) process.stderr.write(`[${child.service}] ${child.stderr.slice(-1_000)}\n`);
      }
      await cleanUp(namespace, processes, databases, mail);
      throw error;
    }
  }

  /** The partnerships service's database, for fixtures the API has no shortcut for (a directory with rows). */
  partnershipsDb(): PrismaClient {
    const url = this.databases.get('partnerships')?.url ?? '';
    return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  }

  /** The notifications service's database, for a listed contact the tests unsubscribe (contacts come from events otherwise). */
  notificationsDb(): NotificationsClient {
    const url = this.databases.get('notifications')?.url ?? '';
    return new NotificationsClient({ adapter: new PrismaPg({ connectionString: url }) });
  }

  /** The text of the newest email to `address`, waiting for it to arrive. */
  async emailTo(address: string): Promise<string> {
    await waitFor(`an email to ${address}`, async () => this.mail.to(address).length > 0, { timeoutMs: 30_000, intervalMs: 200 });
    const message = this.mail.to(address).at(-1);
    return message?.part('text/plain') ?? message?.raw ?? '';
  }

  private async waitUntilReady(): Promise<void> {
    const outcome = await waitFor(
      'every service ready behind the gateway',
      async (): Promise<{ exited?: ServiceProcess } | undefined> => {
        // (waitFor polls on through a throw: an exited service ends the wait as its answer.)
        const exited = this.processes.find((child) => child.hasExited);
        if (exited) return { exited };
        const response = await fetch(`${this.url}/readyz`).catch(() => null);
        if (!response) return undefined;
        const body = (await response.json()) as { services?: Record<string, { status: string }> };
        const services = Object.values(body.services ?? {});
        const ready = response.status === 200 && services.length === SERVICE_NAMES.length - 1 && services.every((s) => s.status === 'up');
        return ready ? {} : undefined;
      },
      // Within PLATFORM_SETUP_TIMEOUT_MS, leaving the file's fixtures time of their own.
      { timeoutMs: 200_000, intervalMs: 250 },
    );
    if (outcome.exited) throw new ServiceExitedOnStart(outcome.exited);
  }

  async stop(): Promise<void> {
    await cleanUp(this.namespace, this.processes, this.databases, this.mail);
    reportWhatServicesSaid(this.processes);
  }
}

/** A service's process ended before the platform was ready: its last words say why. */
class ServiceExitedOnStart extends Error {
  constructor(child: ServiceProcess) {
    super(`the ${child.service} service exited while starting: ${child.stderr.slice(-1_500) || child.stdout.slice(-1_500)}`);
  }
}

/**
 * The services' warnings and errors, printed once the file is done: a browser step that
 * times out says only what it waited for, the services say why (an event retried, a
 * transaction that timed out). The last lines of each, so a noisy service cannot flood CI.
 */
function reportWhatServicesSaid(processes: ServiceProcess[]): void {
  for (const child of processes) {
    const shown = child.problems(LINES_REPORTED_PER_SERVICE, 600);
    if (shown.length === 0) continue;
    process.stderr.write(`[${child.service}] its last ${shown.length} line(s) of warnings or errors:\n${shown.map((line) => `  ${line}`).join('\n')}\n`);
  }
}
const LINES_REPORTED_PER_SERVICE = 15;

async function cleanUp(namespace: string, processes: ServiceProcess[], databases: Map<ServiceName, TestDatabase>, mail: SmtpSink): Promise<void> {
  await Promise.all(processes.map((child) => child.stop()));
  await mail.stop();
  await removePlatformTraces(namespace, databases);
}
