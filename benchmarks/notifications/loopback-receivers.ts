import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { now } from '../events/measure';

/**
 * What one receiver saw during one phase: how many messages, to how many distinct
 * targets (a duplicate shows as count > distinct), and when the first and last arrived.
 */
export class ArrivalCount {
  count = 0;
  firstAt = NaN;
  lastAt = NaN;
  private readonly keys = new Set<string>();

  arrived(key: string): void {
    const at = now();
    if (this.count === 0) this.firstAt = at;
    this.lastAt = at;
    this.count++;
    this.keys.add(key);
  }

  get distinct(): number {
    return this.keys.size;
  }
}

/**
 * A real SMTP server on loopback (smtp-server, no TLS, no auth) that only counts: the
 * message body is drained unread, so the sink costs as little CPU as possible in this
 * process. A message counts once its DATA ends (what the sender sees as accepted); it is
 * keyed by its envelope recipients, so a second email to the same address shows.
 */
export class CountingSmtpSink {
  phase = new ArrivalCount();
  private server?: SMTPServer;
  url = '';

  static async start(): Promise<CountingSmtpSink> {
    const sink = new CountingSmtpSink();
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        stream.on('end', () => {
          sink.phase.arrived(session.envelope.rcptTo.map((r) => r.address).join(','));
          callback();
        });
        stream.resume();
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.server.address() as AddressInfo;
    sink.server = server;
    sink.url = `smtp://127.0.0.1:${port}`;
    return sink;
  }

  /** Starts counting a new phase from zero. */
  beginPhase(): ArrivalCount {
    this.phase = new ArrivalCount();
    return this.phase;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/**
 * A plain node:http server on loopback answering 200 to every request, once its body has
 * been read (unparsed). Requests are keyed by their `webhook-id` header, so a delivery made
 * twice shows.
 */
export class CountingWebhookReceiver {
  phase = new ArrivalCount();
  private server?: Server;
  baseUrl = '';

  static async start(): Promise<CountingWebhookReceiver> {
    const receiver = new CountingWebhookReceiver();
    const server = createServer((request, response) => {
      request.on('end', () => {
        receiver.phase.arrived(String(request.headers['webhook-id'] ?? request.url));
        response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      });
      request.resume();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    receiver.server = server;
    receiver.baseUrl = `http://127.0.0.1:${port}`;
    return receiver;
  }

  beginPhase(): ArrivalCount {
    this.phase = new ArrivalCount();
    return this.phase;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
