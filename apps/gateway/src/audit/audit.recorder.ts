import { Inject, Injectable, Logger, Optional, type BeforeApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { PrismaClient } from '@scn-prisma/gateway';
import { DATABASE } from '@scn/platform';
import type { FastifyInstance } from 'fastify';
import { auditEntryFor, type AuditEntryData } from './audit-entry';

/** The one table the recorder writes (a narrow view, so tests can hand in a fake). */
export type AuditSink = Pick<PrismaClient, 'auditEntry'>;

/**
 * Writes one audit entry per state-changing request that reached a declared route,
 * once its response is sent: refusals of the access guard included, as they are what an
 * auditor looks for. Writing never delays nor breaks a response; a failed write is logged.
 */
@Injectable()
export class AuditRecorder implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger(AuditRecorder.name);
  private readonly installedOn = new WeakSet<FastifyInstance>();
  private readonly pending = new Set<Promise<void>>();

  constructor(
    @Inject(DATABASE) private readonly db: AuditSink,
    @Optional() private readonly adapterHost?: HttpAdapterHost,
  ) {}

  /**
   * Adds the `onResponse` hook to the gateway's Fastify instance. Must run before the
   * instance is ready (Fastify fixes each route's hooks then). Idempotent.
   */
  install(fastify: FastifyInstance): void {
    if (this.installedOn.has(fastify)) return;
    this.installedOn.add(fastify);
    fastify.addHook('onResponse', (request, reply, done) => {
      const entry = auditEntryFor(request, reply.statusCode);
      if (entry) this.track(this.write(entry));
      done();
    });
  }

  /**
   * Installs itself on the application's HTTP server while Nest initialises (before
   * Fastify is ready), so services started by `startService` need no extra step.
   */
  onModuleInit(): void {
    const instance: unknown = this.adapterHost?.httpAdapter?.getInstance?.();
    if (isFastify(instance)) this.install(instance);
  }

  /** Waits for the entries being written (before the database connection closes). */
  async settled(): Promise<void> {
    await Promise.all([...this.pending]);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.settled();
  }

  private async write(entry: AuditEntryData): Promise<void> {
    try {
      await this.db.auditEntry.create({ data: entry });
    } catch (error) {
      // The response has gone out; losing the entry is logged loudly, never thrown.
      this.logger.error(
        `Audit entry not written for ${entry.method} ${entry.route} (correlation ${entry.correlationId}): ${String(error)}`,
      );
    }
  }

  private track(write: Promise<void>): void {
    this.pending.add(write);
    void write.finally(() => this.pending.delete(write));
  }
}

function isFastify(instance: unknown): instance is FastifyInstance {
  return typeof (instance as FastifyInstance | undefined)?.addHook === 'function' && 'inject' in (instance as object);
}
