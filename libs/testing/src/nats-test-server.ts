import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { waitFor } from './wait-for';

/**
 * A TCP port nobody uses right now, for a server a test starts (a service's HTTP port, a
 * NATS node). Drawn below Linux's ephemeral range (32768 and up by default): a port the
 * kernel handed out for a moment would be handed out again to any process's outgoing
 * connection — to PostgreSQL, NATS, Redis — in the seconds before the server binds it, and
 * the server would then fail with EADDRINUSE. Checked free on every interface, as the
 * servers bind.
 */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = FIRST_TEST_PORT + Math.floor(Math.random() * (LAST_TEST_PORT - FIRST_TEST_PORT));
    // Not one this process handed out already: its server may not be listening yet.
    if (handedOut.has(port) || !(await canListen(port))) continue;
    handedOut.add(port);
    return port;
  }
  throw new Error(`no free TCP port found between ${FIRST_TEST_PORT} and ${LAST_TEST_PORT}`);
}

/** The ports tests' servers are given (see `freePort`): below the kernel's ephemeral range. */
export const FIRST_TEST_PORT = 20_000;
export const LAST_TEST_PORT = 32_000;
const handedOut = new Set<number>();

/** Whether a server could listen on `port` now, on every interface (as the servers bind). */
export function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}

async function portAnswers(port: number): Promise<boolean> {
  const { connect } = await import('node:net');
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const answer = (value: boolean) => {
      socket.destroy();
      resolve(value);
    };
    socket.setTimeout(1_000, () => answer(false));
    socket.once('data', () => answer(true));
    socket.once('error', () => answer(false));
  });
}

/**
 * A NATS server with JetStream of the test's own (own port, own storage), for fault tests
 * that stop and start the broker: the shared server is never touched.
 */
export class NatsTestServer {
  private process?: ChildProcess;

  private constructor(
    readonly port: number,
    private readonly storeDir: string,
  ) {}

  static async start(): Promise<NatsTestServer> {
    const server = new NatsTestServer(await freePort(), mkdtempSync(path.join(tmpdir(), 'scn-nats-')));
    await server.resume();
    return server;
  }

  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }

  /** Starts (again) on the same port and storage: streams and consumers survive. */
  async resume(): Promise<void> {
    if (this.process && this.process.exitCode === null) return;
    const binary = process.env['NATS_SERVER_BIN'] ?? 'nats-server';
    this.process = spawn(binary, ['-a', '127.0.0.1', '-p', String(this.port), '-js', '-sd', this.storeDir], {
      stdio: 'ignore',
    });
    await waitFor(`nats-server on port ${this.port}`, () => portAnswers(this.port), { timeoutMs: 10_000 });
  }

  /** Stops the server the hard way, like a crash or a network cut. */
  async stop(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    this.process = undefined;
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.storeDir, { recursive: true, force: true });
  }
}
