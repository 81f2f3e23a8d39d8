import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A webhook endpoint on loopback that keeps the `webhook-id` of every delivery it accepted
 * (answered 2xx). While `down`, it answers 503 to everything, as a receiver in maintenance.
 */
export class WebhookReceiver {
  /** webhook-id → how many times it was accepted. */
  readonly accepted = new Map<string, number>();
  refused = 0;
  down = false;
  private readonly server = createServer((request, response) => this.answer(request, response));
  private port = 0;

  static async start(): Promise<WebhookReceiver> {
    const receiver = new WebhookReceiver();
    await new Promise<void>((resolve) => receiver.server.listen(0, '127.0.0.1', resolve));
    receiver.port = (receiver.server.address() as AddressInfo).port;
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/hooks`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private answer(request: IncomingMessage, response: ServerResponse): void {
    request.resume();
    request.on('end', () => {
      if (this.down) {
        this.refused++;
        response.writeHead(503).end();
        return;
      }
      const id = String(request.headers['webhook-id'] ?? '');
      this.accepted.set(id, (this.accepted.get(id) ?? 0) + 1);
      response.writeHead(204).end();
    });
  }
}
