import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { canListen, FIRST_TEST_PORT, LAST_TEST_PORT } from './nats-test-server';
import { waitFor } from './wait-for';

const SCRIPT = path.resolve(__dirname, '../../../infra/local/nats-cluster.sh');
const NODES = ['n1', 'n2', 'n3'] as const;
export type NatsClusterNode = (typeof NODES)[number];

/**
 * How long the script waits for the nodes to start (and for a JetStream meta leader) or stop.
 * A whole cluster restarted under load, with every stream's raft group to recover on each
 * node, took more than 20 s to elect a leader on this 2-core machine beside another fault
 * file (CI, stop 26); idle it takes 1-5 s.
 */
const SCRIPT_WAIT_S = 60;

/** Ports the script takes from its base port: clients, routes, monitoring, 3 of each. */
const PORTS_PER_CLUSTER = 9;

const run = promisify(execFile);

/**
 * A base port with the 9 ports after it free right now (random, so parallel files differ),
 * below the kernel's ephemeral range as `freePort`'s: a node stopped and started again must
 * find its ports still free, not taken by some process's outgoing connection meanwhile.
 */
async function freeBasePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = FIRST_TEST_PORT + Math.floor(Math.random() * (LAST_TEST_PORT - FIRST_TEST_PORT - PORTS_PER_CLUSTER));
    const ports = Array.from({ length: PORTS_PER_CLUSTER }, (_, i) => base + i);
    if ((await Promise.all(ports.map(canListen))).every(Boolean)) return base;
  }
  throw new Error(`no ${PORTS_PER_CLUSTER} free ports in a row found for a NATS cluster`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A killed node is a zombie until init reaps it; signal 0 still reaches a zombie.
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true; // no /proc: signal 0 is all there is
  }
}

/**
 * A 3-node NATS cluster with JetStream of a test's own, run by `infra/local/nats-cluster.sh`
 * on free ports and a temporary folder: for tests that kill a node or the whole cluster
 * without touching the shared server.
 */
export class NatsTestCluster {
  private constructor(
    readonly basePort: number,
    private readonly dir: string,
  ) {}

  static async start(): Promise<NatsTestCluster> {
    const cluster = new NatsTestCluster(await freeBasePort(), mkdtempSync(path.join(tmpdir(), 'scn-nats-cluster-')));
    await cluster.startNodes();
    return cluster;
  }

  /** The client URLs of the three nodes, in node order. */
  get servers(): string[] {
    return NODES.map((_, i) => `nats://127.0.0.1:${this.basePort + i}`);
  }

  /** What `NATS_URL` is set to for this cluster. */
  get url(): string {
    return this.servers.join(',');
  }

  /** Starts the nodes that are not running (a killed one resumes on its store) and waits for a meta leader. */
  async startNodes(): Promise<void> {
    await this.script('start');
  }

  /** Stops every node gracefully; their stores are kept. */
  async stopNodes(): Promise<void> {
    await this.script('stop');
  }

  /** Kills one node the hard way (SIGKILL), like a crashed machine. */
  async kill(node: NatsClusterNode): Promise<void> {
    const pid = this.pid(node);
    if (pid === undefined) return;
    process.kill(pid, 'SIGKILL');
    await waitFor(`nats node ${node} to die`, () => !isRunning(pid), { timeoutMs: 5_000 });
  }

  /** The pid of a running node, or undefined. */
  pid(node: NatsClusterNode): number | undefined {
    try {
      const pid = Number(readFileSync(path.join(this.dir, node, 'nats.pid'), 'utf8').trim());
      return isRunning(pid) ? pid : undefined;
    } catch {
      return undefined;
    }
  }

  async dispose(): Promise<void> {
    try {
      await this.stopNodes();
    } finally {
      rmSync(this.dir, { recursive: true, force: true });
    }
  }

  private async script(command: 'start' | 'stop'): Promise<void> {
    const binary = process.env['NATS_SERVER_BIN'];
    try {
      await run('bash', [SCRIPT, command, String(this.basePort)], {
        env: { ...process.env, NATS_CLUSTER_DIR: this.dir, WAIT_SECONDS: String(SCRIPT_WAIT_S), ...(binary ? { NATS_BIN: binary } : {}) },
        timeout: (SCRIPT_WAIT_S + 30) * 1_000,
      });
    } catch (error) {
      // dispose() removes the folder, logs and all: what the nodes said goes with the error.
      throw new Error(`${(error as Error).message}\n${this.logTails()}`, { cause: error });
    }
  }

  private logTails(lines = 12): string {
    return NODES.map((node) => {
      let log: string;
      try {
        log = readFileSync(path.join(this.dir, node, 'nats.log'), 'utf8');
      } catch {
        log = '(no log)';
      }
      return `--- ${node}/nats.log, last ${lines} lines:\n${log.trimEnd().split('\n').slice(-lines).join('\n')}`;
    }).join('\n');
  }
}
