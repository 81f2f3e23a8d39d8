import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const PROBLEM_LEVELS = /"level":"(warn|error|fatal)"/;
const NODE_NOTICES = /DeprecationWarning|node --trace-deprecation/;

/** A service running as its own process, from its TypeScript entry point. */
export class ServiceProcess {
  stdout = '';
  stderr = '';
  /** Set once the process has ended (a crash on start shows here before any timeout). */
  hasExited = false;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(
    readonly service: string,
    private readonly child: ChildProcess,
  ) {
    child.stdout?.on('data', (chunk: Buffer) => (this.stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        this.hasExited = true;
        resolve({ code, signal });
      }),
    );
  }

  static start(service: string, env: Record<string, string>): ServiceProcess {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', `apps/${service}/src/main.ts`], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new ServiceProcess(service, child);
  }

  /**
   * The last `count` lines that say something went wrong: its logs at warn and above, and
   * what it wrote to stderr but Node's deprecation notices (today only pg's "client.query()
   * when the client is already executing a query", raised inside Prisma's driver adapter,
   * nothing the services do). Each cut to `width` characters.
   */
  problems(count: number, width = 400): string[] {
    const logged = this.stdout.split('\n').filter((line) => PROBLEM_LEVELS.test(line));
    const written = this.stderr.split('\n').filter((line) => line.trim() !== '' && !NODE_NOTICES.test(line));
    return [...logged, ...written].slice(-count).map((line) => line.slice(0, width));
  }

  signal(signal: NodeJS.Signals): void {
    if (this.child.exitCode === null) this.child.kill(signal);
  }

  async stop(): Promise<void> {
    this.signal('SIGTERM');
    const timer = setTimeout(() => this.signal('SIGKILL'), 15_000);
    await this.exited;
    clearTimeout(timer);
  }
}
