import type { DependencyStatus } from '@scn/contracts';
import { connect, type NatsConnection } from 'nats';
import type { Logger } from 'pino';

export interface NatsConnectOptions {
  servers: string[];
  /** Shown in the server's connection list: which service and process this is. */
  name: string;
  logger: Logger;
}

/**
 * One NATS connection per process, reconnecting forever: a broker restart is an outage to
 * wait out, never a reason to exit. Tracks whether it is connected right now.
 */
export class ManagedNatsConnection {
  private connected = false;

  private constructor(
    readonly nc: NatsConnection,
    private readonly logger: Logger,
  ) {
    this.connected = true;
    void this.watchStatus();
  }

  static async open(options: NatsConnectOptions): Promise<ManagedNatsConnection> {
    const nc = await connect({
      servers: options.servers,
      name: options.name,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 500,
      waitOnFirstConnect: true,
      pingInterval: 10_000,
      // nats.js otherwise makes an Error at every request and PubAck wait, only to add its
      // stack to a timeout's (a few % of the gateway's CPU); our callers name what failed.
      noAsyncTraces: true,
    });
    return new ManagedNatsConnection(nc, options.logger);
  }

  isConnected(): boolean {
    return this.connected && !this.nc.isClosed();
  }

  readiness(): Promise<DependencyStatus> {
    return Promise.resolve(
      this.isConnected() ? { status: 'up' } : { status: 'down', message: 'not connected to NATS' },
    );
  }

  /** Flushes what is pending and closes: used last, after consumers have stopped. */
  async drain(): Promise<void> {
    if (this.nc.isClosed()) return;
    try {
      await this.nc.drain();
    } catch (error) {
      this.logger.warn({ err: error }, 'NATS drain failed; closing');
      await this.nc.close();
    }
  }

  private async watchStatus(): Promise<void> {
    for await (const status of this.nc.status()) {
      if (status.type === 'disconnect') {
        this.connected = false;
        this.logger.warn({ server: status.data }, 'NATS disconnected');
      } else if (status.type === 'reconnect') {
        this.connected = true;
        this.logger.info({ server: status.data }, 'NATS reconnected');
      } else if (status.type === 'error') {
        this.logger.error({ err: status.data }, 'NATS error');
      }
    }
    this.connected = false;
  }
}
