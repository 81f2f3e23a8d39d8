import { Injectable, type BeforeApplicationShutdown } from '@nestjs/common';
import type { DependencyStatus, ReadinessReport } from '@scn/contracts';

export type ReadinessCheck = () => Promise<DependencyStatus>;

const CHECK_TIMEOUT_MS = 2_000;

/** Collects the checks of a service's dependencies and reports whether it can take work. */
@Injectable()
export class ReadinessService implements BeforeApplicationShutdown {
  private readonly checks = new Map<string, ReadinessCheck>();
  private shuttingDown = false;

  constructor(private readonly service: string) {}

  /** Adds a dependency (NATS, the database, …) to the readiness report. */
  register(name: string, check: ReadinessCheck): void {
    this.checks.set(name, check);
  }

  /** Whether the process is alive: false only once it has begun to shut down. */
  isAlive(): boolean {
    return !this.shuttingDown;
  }

  async report(): Promise<ReadinessReport> {
    const entries = await Promise.all(
      [...this.checks].map(async ([name, check]) => [name, await runCheck(check)] as const),
    );
    const dependencies = Object.fromEntries(entries);
    const allUp = entries.every(([, status]) => status.status === 'up');
    return {
      service: this.service,
      status: allUp && !this.shuttingDown ? 'ready' : 'not-ready',
      dependencies: this.shuttingDown
        ? { ...dependencies, process: { status: 'down', message: 'shutting down' } }
        : dependencies,
    };
  }

  beforeApplicationShutdown(): void {
    // Stop taking traffic first: load balancers see not-ready while work drains.
    this.shuttingDown = true;
  }
}

async function runCheck(check: ReadinessCheck): Promise<DependencyStatus> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<DependencyStatus>((resolve) => {
    timer = setTimeout(() => resolve({ status: 'down', message: `no answer within ${CHECK_TIMEOUT_MS} ms` }), CHECK_TIMEOUT_MS);
  });
  try {
    return await Promise.race([check(), timeout]);
  } catch (error) {
    return { status: 'down', message: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
