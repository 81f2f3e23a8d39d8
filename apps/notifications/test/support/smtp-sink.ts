import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One message the sink received, with its headers and parts decoded enough to assert on. */
export interface ReceivedMail {
  to: string[];
  raw: string;
  subject: string;
  header(name: string): string | undefined;
  /** The decoded body of the first part of this content type. */
  part(contentType: 'text/plain' | 'text/html'): string | undefined;
}

/** A real SMTP server on loopback that keeps what it receives (smtp-server, no TLS, no auth). */
export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  private constructor(
    private readonly server: SMTPServer,
    readonly url: string,
  ) {}

  static async start(options: { reject?: (to: string[]) => { code: number; message: string } | null } = {}): Promise<SmtpSink> {
    const received: ReceivedMail[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const to = session.envelope.rcptTo.map((r) => r.address);
          const refusal = options.reject?.(to);
          if (refusal) return callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
          received.push(parseMail(to, Buffer.concat(chunks).toString('utf8')));
          return callback();
        });
      },
    });
    // A sender that dies mid-message (a replica killed, a service stopped) resets its
    // connection inside a mail transaction, which smtp-server reports as an 'error' event:
    // unheard, it would end the test process. The message was never accepted: nothing to keep.
    server.on('error', () => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.server.address() as AddressInfo;
    const sink = new SmtpSink(server, `smtp://127.0.0.1:${port}`);
    sink.received.push(...received);
    // Share the array the handler pushes to.
    Object.defineProperty(sink, 'received', { value: received });
    return sink;
  }

  /** Messages to one address. */
  to(address: string): ReceivedMail[] {
    return this.received.filter((mail) => mail.to.includes(address));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

function parseMail(to: string[], raw: string): ReceivedMail {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = parseHeaders(head);
  const body = rest.join('\r\n\r\n');
  return {
    to,
    raw,
    subject: decodeWords(headers.get('subject') ?? ''),
    header: (name) => headers.get(name.toLowerCase()),
    part: (contentType) => findPart(headers, body, contentType),
  };
}

function parseHeaders(head: string): Map<string, string> {
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

/** Decodes RFC 2047 encoded words (=?UTF-8?B?...?= and =?UTF-8?Q?...?=). */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_all, _charset: string, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8'),
    );
}

function decodeBody(body: string, encoding: string | undefined): string {
  switch ((encoding ?? '').toLowerCase()) {
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    case 'quoted-printable':
      return Buffer.from(
        body.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
        'latin1',
      ).toString('utf8');
    default:
      return body;
  }
}

function findPart(headers: Map<string, string>, body: string, wanted: string): string | undefined {
  const type = headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (!boundary) return type.toLowerCase().startsWith(wanted) ? decodeBody(body, headers.get('content-transfer-encoding')) : undefined;
  for (const section of body.split(`--${boundary}`).slice(1)) {
    if (section.startsWith('--')) break;
    const [partHead = '', ...partBody] = section.replace(/^\r?\n/, '').split(/\r?\n\r?\n/);
    const found = findPart(parseHeaders(partHead), partBody.join('\r\n\r\n').replace(/\r?\n$/, ''), wanted);
    if (found !== undefined) return found;
  }
  return undefined;
}
