// What infra/local/up.sh decides on a machine where PostgreSQL, Redis and NATS are neither
// answering nor installed, without installing or starting anything: UP_DRY_RUN=1, ports
// nothing listens on, and a PATH holding only the basic tools (plus, in some cases, a
// stand-in apt-get that is never run).
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { freePort } from '@scn/testing';

const repoRoot = path.resolve(__dirname, '../..');
const UP = path.join(repoRoot, 'infra/local/up.sh');
const BASIC_TOOLS = ['bash', 'timeout', 'mktemp', 'rm', 'tail', 'tr', 'sed', 'ls', 'sort', 'dirname', 'id', 'cat', 'grep', 'sleep'];
const isRoot = process.getuid?.() === 0;

function which(tool: string): string | undefined {
  const found = spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

describe('infra/local/up.sh on a machine without the servers (UP_DRY_RUN=1)', () => {
  let bin: string;
  let ports: { PG_PORT: string; REDIS_PORT: string; NATS_PORT: string };

  beforeAll(async () => {
    bin = mkdtempSync(path.join(tmpdir(), 'scn-up-path-'));
    for (const tool of BASIC_TOOLS) {
      const real = which(tool);
      if (real) symlinkSync(real, path.join(bin, tool));
    }
    ports = { PG_PORT: String(await freePort()), REDIS_PORT: String(await freePort()), NATS_PORT: String(await freePort()) };
  });

  afterAll(() => rmSync(bin, { recursive: true, force: true }));

  function up(env: Record<string, string> = {}) {
    const result = spawnSync(path.join(bin, 'bash'), [UP], {
      encoding: 'utf8',
      timeout: 30_000,
      env: { PATH: bin, UP_DRY_RUN: '1', UP_NO_DOCKER: '1', NATS_BIN: '/nonexistent/nats-server', ...ports, ...env },
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  function withAptGet<T>(run: () => T): T {
    const aptGet = path.join(bin, 'apt-get');
    // Never run in a dry run; fails loudly if it ever were.
    writeFileSync(aptGet, '#!/bin/sh\necho "apt-get must not run in a dry run" >&2\nexit 1\n');
    chmodSync(aptGet, 0o755);
    try {
      return run();
    } finally {
      rmSync(aptGet);
    }
  }

  it('installs all three from the system packages in one apt-get run, as root', () => {
    const result = withAptGet(() => up());
    if (!isRoot) {
      expect(result.stdout).toMatch(/^postgres: FAIL - .*not root/m);
      return;
    }
    expect(result).toMatchObject({ status: 0 });
    expect(result.stdout).toContain('would install from the system\'s packages: apt-get update, then apt-get install -y postgresql redis-server nats-server');
    for (const [server, port] of [['postgres', ports.PG_PORT], ['redis', ports.REDIS_PORT], ['nats', ports.NATS_PORT]]) {
      expect(result.stdout).toMatch(new RegExp(`^${server}: would start \\(127\\.0\\.0\\.1:${port}, via installed binaries\\)$`, 'm'));
    }
  });

  it('says plainly what to install where it cannot install', () => {
    const result = up();
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^postgres: FAIL - neither answering nor installed, .*no apt-get.*apt-get install postgresql/m);
    expect(result.stdout).toMatch(/^redis: FAIL - .*apt-get install redis-server/m);
    expect(result.stdout).toMatch(/^nats: FAIL - .*apt-get install nats-server/m);
    expect(result.stdout).not.toMatch(/would (install|start)/);
  });

  it('never installs with UP_NO_INSTALL=1', () => {
    const result = withAptGet(() => up({ UP_NO_INSTALL: '1' }));
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^postgres: FAIL - .*\(UP_NO_INSTALL=1\)/m);
    expect(result.stdout).not.toContain('would install');
  });

  it('installs only what is missing: an installed server is started, not installed', () => {
    // The real nats-server stands for an installed one; the other two stay missing.
    const nats = which('nats-server') ?? '/usr/sbin/nats-server';
    const result = withAptGet(() => up({ NATS_BIN: nats }));
    if (!isRoot) return;
    expect(result.stdout).toContain('apt-get install -y postgresql redis-server\n');
    expect(result.stdout).toMatch(/^nats: would start .*via installed binaries/m);
  });
});

describe('trust_loopback (infra/local/install-servers.sh)', () => {
  it('puts loopback trust rules first in a fresh pg_hba.conf, once', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'scn-hba-'));
    const hba = path.join(dir, 'pg_hba.conf');
    writeFileSync(hba, 'local all postgres peer\nhost all all 127.0.0.1/32 scram-sha-256\n');
    const script = `. "${path.join(repoRoot, 'infra/local/install-servers.sh')}" && trust_loopback "$1" && trust_loopback "$1"`;
    try {
      expect(spawnSync('bash', ['-c', script, 'bash', hba], { encoding: 'utf8' })).toMatchObject({ status: 0 });
      const rules = readFileSync(hba, 'utf8')
        .split('\n')
        .filter((line) => line && !line.startsWith('#'));
      expect(rules).toEqual([
        'host all all 127.0.0.1/32 trust',
        'host all all ::1/128 trust',
        'local all postgres peer',
        'host all all 127.0.0.1/32 scram-sha-256',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
