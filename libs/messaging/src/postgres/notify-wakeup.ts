import { Client } from 'pg';
import { WakeSignal } from '../polling/wake-signal';

export interface NotifyWakeupOptions {
  databaseUrl: string;
  /** PostgreSQL channel whose NOTIFY ends a sleep early. */
  channel: string;
  /** `application_name` of the LISTEN connection (shows in pg_stat_activity). */
  applicationName: string;
  /** Told when the LISTEN connection fails or drops (it is reopened a second later). */
  onConnectionLost: (error: unknown) => void;
}

/**
 * The sleep of a polling loop that a PostgreSQL NOTIFY cuts short. Polling is what
 * guarantees progress (a NOTIFY is missed while reconnecting); NOTIFY only makes the loop
 * prompt. A NOTIFY arriving while the loop is busy is remembered (see WakeSignal).
 */
export class NotifyWakeup extends WakeSignal {
  private running = false;
  private listener?: Client;

  constructor(private readonly options: NotifyWakeupOptions) {
    super();
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    void this.listen();
  }

  /** Ends the current sleep and closes the LISTEN connection. */
  async stop(): Promise<void> {
    this.running = false;
    this.request();
    await this.listener?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    while (this.running) {
      const client = new Client({
        connectionString: this.options.databaseUrl,
        application_name: this.options.applicationName,
      });
      // Listened to before connecting: an error event with no listener would end the process
      // (the server ending the connection between connect and LISTEN, say).
      const lost = new Promise<void>((resolve) => {
        client.on('error', () => resolve());
        client.on('end', () => resolve());
      });
      try {
        await client.connect();
        this.listener = client;
        client.on('notification', () => this.request());
        await client.query(`LISTEN ${this.options.channel}`);
        await lost;
      } catch (error) {
        if (this.running) this.options.onConnectionLost(error);
      }
      await client.end().catch(() => undefined);
      if (this.running) await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
}
