import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { PermanentDeliveryError, RetryableDeliveryError, type NotificationToDeliver } from '../src/deliveries/domain/channel-sender';
import { EmailChannelSender } from '../src/email/infra/email-channel.sender';
import { UnsubscribeLinks } from '../src/email-subscriptions/infra/unsubscribe-links';
import { SAMPLE_FACTS } from '../src/templates/notification-facts.fixtures';
import { closedPort } from './support/failing-email';

// The email channel against a real SMTP server on loopback (smtp-server): what the server
// receives, and how its refusals are classified for the delivery worker.

interface ReceivedMail {
  to: string[];
  raw: string;
}

/** An SMTP server on a free loopback port; `handlers` replace its accepting defaults. */
async function startSmtpServer(handlers: Pick<SMTPServerOptions, 'onRcptTo'> = {}) {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on loopback: no self-signed certificate for the client to refuse.
    disabledCommands: ['STARTTLS'],
    logger: false,
    ...handlers,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw: Buffer.concat(chunks).toString('latin1') });
        callback();
      });
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  const port = (server.server.address() as AddressInfo).port;
  return { received, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** The one message a server received. */
function onlyMail(received: ReceivedMail[]): ReceivedMail {
  expect(received).toHaveLength(1);
  const [mail] = received;
  if (!mail) throw new Error('no mail received');
  return mail;
}

const refusing = (responseCode: number, message: string): Pick<SMTPServerOptions, 'onRcptTo'> => ({
  onRcptTo: (_address, _session, callback) => callback(Object.assign(new Error(message), { responseCode })),
});

const unsubscribeLinks = new UnsubscribeLinks({
  PUBLIC_WEB_URL: 'https://console.scn.test',
  UNSUBSCRIBE_SIGNING_SECRET: 'a-test-secret-of-at-least-32-characters',
  UNSUBSCRIBE_LINK_TTL_S: 86_400,
});
const senderFor = (port: number) =>
  new EmailChannelSender(
    { SMTP_URL: `smtp://127.0.0.1:${port}`, SMTP_POOL_SIZE: 2, EMAIL_FROM: 'Sister City Network <no-reply@scn.test>' },
    unsubscribeLinks,
    { now: () => new Date() },
  );

const FRENCH_CONTACT = {
  id: '01900000-0000-7000-8000-0000000000c1',
  email: 'relations.internationales@lyon.example',
  accountId: null,
  displayName: 'Anne Martin',
  language: 'fr-FR',
  timeZone: 'Europe/Paris',
};

function activation(id: string): NotificationToDeliver {
  return {
    id,
    channel: 'email',
    type: 'partnership.activated',
    category: 'partnerships',
    critical: false,
    language: 'fr',
    payload: SAMPLE_FACTS['partnership.activated'],
    title: 'Jumelage en vigueur',
    body: '',
    createdAt: new Date(),
    recipient: FRENCH_CONTACT,
    endpointId: null,
  };
}

describe('email channel over SMTP', () => {
  const senders: EmailChannelSender[] = [];
  const servers: Array<{ close: () => Promise<void> }> = [];
  const sender = (port: number) => {
    const made = senderFor(port);
    senders.push(made);
    return made;
  };
  const server = async (handlers?: Pick<SMTPServerOptions, 'onRcptTo'>) => {
    const started = await startSmtpServer(handlers);
    servers.push(started);
    return started;
  };

  afterAll(async () => {
    for (const made of senders) made.onApplicationShutdown();
    await Promise.all(servers.map((started) => started.close()));
  });

  it('sends a partnership activation to a French-speaking contact in French, as text and HTML', async () => {
    const smtp = await server();
    const id = '01900000-0000-7000-8000-00000000e001';

    const receipt = await sender(smtp.port).deliver(activation(id), 1);

    expect(receipt).toEqual({ outcome: 'sent', responseStatus: 250, detail: `<${id}@scn.test>` });
    const mail = onlyMail(smtp.received);
    expect(mail.to).toEqual([FRENCH_CONTACT.email]);
    const message = parseMime(mail.raw);
    expect(header(message, 'subject')).toBe('Jumelage en vigueur\u00a0: Birmingham – Lyon');
    expect(header(message, 'from')).toBe('Sister City Network <no-reply@scn.test>');
    expect(header(message, 'to')).toBe('Anne Martin <relations.internationales@lyon.example>');
    expect(header(message, 'message-id')).toBe(`<${id}@scn.test>`);
    expect(header(message, 'x-scn-notification-id')).toBe(id);
    expect(header(message, 'auto-submitted')).toBe('auto-generated');
    expect(header(message, 'content-language')).toBe('fr');
    expect(header(message, 'content-type')).toMatch(/^multipart\/alternative;/);
    // A listed contact (no account) can stop it in one click (RFC 8058): the link names them, signed.
    const unsubscribe = header(message, 'list-unsubscribe');
    expect(unsubscribe).toMatch(/^<https:\/\/console\.scn\.test\/v1\/email-subscriptions\/[\w-]+\.[\w-]+\/unsubscribe>$/);
    expect(header(message, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const token = /email-subscriptions\/([^/]+)\/unsubscribe/.exec(unsubscribe ?? '')?.[1] ?? '';
    expect(unsubscribeLinks.recipientOf(token, new Date())).toBe(FRENCH_CONTACT.id);

    const text = partOf(message, 'text/plain');
    const html = partOf(message, 'text/html');
    expect(text).toContain('Bonjour Anne Martin,');
    expect(text).toContain('Les deux parties ont signé\u00a0: le jumelage entre Birmingham (Royaume-Uni) et Lyon (France) est désormais en vigueur.');
    expect(text).toContain('Le jumelage date officiellement du 9 mai 2027.');
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Le jumelage date officiellement du 9 mai 2027.');
  });

  it('offers no unsubscribe link on a critical message, nor to an account holder (their settings are in the console)', async () => {
    const smtp = await server();
    const sut = sender(smtp.port);
    await sut.deliver({ ...activation('01900000-0000-7000-8000-00000000e0c1'), critical: true }, 1);
    await sut.deliver({ ...activation('01900000-0000-7000-8000-00000000e0c2'), recipient: { ...FRENCH_CONTACT, accountId: '01900000-0000-7000-8000-0000000000a1' } }, 1);
    expect(smtp.received).toHaveLength(2);
    for (const mail of smtp.received) {
      const message = parseMime(mail.raw);
      expect(header(message, 'list-unsubscribe')).toBeUndefined();
      expect(header(message, 'list-unsubscribe-post')).toBeUndefined();
    }
  });

  it('sends a retried notification under the same Message-ID, so that it is recognisable', async () => {
    const smtp = await server();
    const id = '01900000-0000-7000-8000-00000000e002';
    const sut = sender(smtp.port);

    await sut.deliver(activation(id), 1);
    await sut.deliver(activation(id), 2);

    expect(smtp.received.map((mail) => header(parseMime(mail.raw), 'message-id'))).toEqual([`<${id}@scn.test>`, `<${id}@scn.test>`]);
  });

  it('sends a daily digest in the recipient’s language through the same transport', async () => {
    const smtp = await server();
    const items = [{ title: 'Jumelage suspendu\u00a0: Birmingham – Lyon', summary: 'Le jumelage a été suspendu.', createdAt: new Date('2027-01-14T18:45:00Z') }];

    const receipt = await sender(smtp.port).sendDigest(FRENCH_CONTACT, items);

    expect(receipt.outcome).toBe('sent');
    const message = parseMime(onlyMail(smtp.received).raw);
    expect(header(message, 'subject')).toBe('Votre récapitulatif quotidien\u00a0: 1 notification');
    expect(header(message, 'message-id')).toMatch(/^<digest-01900000-0000-7000-8000-0000000000c1-[0-9a-f]{24}@scn\.test>$/);
    expect(partOf(message, 'text/plain')).toContain('- Jumelage suspendu\u00a0: Birmingham – Lyon (14 janv., 19:45)');
  });

  it('retries when the server answers 451 (try again later)', async () => {
    const smtp = await server(refusing(451, 'Mailbox busy, try again later'));

    const failure = await sender(smtp.port).deliver(activation('01900000-0000-7000-8000-00000000e003'), 1).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(RetryableDeliveryError);
    expect(failure).toMatchObject({ responseStatus: 451 });
    expect(smtp.received).toHaveLength(0);
  });

  it('gives up when the server answers 550 (no such mailbox)', async () => {
    const smtp = await server(refusing(550, 'No such user here'));

    const failure = await sender(smtp.port).deliver(activation('01900000-0000-7000-8000-00000000e004'), 1).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(PermanentDeliveryError);
    expect(failure).toMatchObject({ responseStatus: 550 });
    expect((failure as Error).message).toContain('No such user here');
  });

  it('retries when no server listens', async () => {
    const failure = await sender(await closedPort()).deliver(activation('01900000-0000-7000-8000-00000000e005'), 1).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(RetryableDeliveryError);
    expect((failure as RetryableDeliveryError).responseStatus).toBeUndefined();
  });

  it('gives up at once on a notification without a recipient address or with facts that do not fit its type', async () => {
    const sut = sender(await closedPort());

    await expect(sut.deliver({ ...activation('01900000-0000-7000-8000-00000000e006'), recipient: null }, 1)).rejects.toBeInstanceOf(PermanentDeliveryError);
    await expect(sut.deliver({ ...activation('01900000-0000-7000-8000-00000000e007'), payload: { partnershipId: 'x' } }, 1)).rejects.toBeInstanceOf(
      PermanentDeliveryError,
    );
    await expect(sut.deliver({ ...activation('01900000-0000-7000-8000-00000000e008'), type: 'no.such-type' }, 1)).rejects.toBeInstanceOf(PermanentDeliveryError);
  });
});

// A little MIME reading, enough for what nodemailer writes (mailparser is not installed).

interface MimeEntity {
  headers: Map<string, string>;
  body: string;
}

/** Headers (unfolded, names lower-cased) and body of a message or part, kept as latin1 bytes. */
function parseMime(raw: string): MimeEntity {
  const split = raw.indexOf('\r\n\r\n');
  const headers = new Map<string, string>();
  for (const line of raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: raw.slice(split + 4) };
}

/** A header with its RFC 2047 encoded words decoded. */
function header(entity: MimeEntity, name: string): string | undefined {
  const value = entity.headers.get(name);
  return value
    ?.replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_word, charset: string, encoding: string, text: string) => {
      const bytes =
        encoding.toUpperCase() === 'B'
          ? Buffer.from(text, 'base64')
          : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_h, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1');
      return bytes.toString(charset.toLowerCase() === 'utf-8' ? 'utf8' : 'latin1');
    });
}

/** The decoded text of the first part of the given type in a (multipart) message. */
function partOf(entity: MimeEntity, type: string): string {
  const contentType = entity.headers.get('content-type') ?? '';
  const boundary = /boundary="?([^";]+)"?/.exec(contentType)?.[1];
  if (boundary) {
    for (const chunk of entity.body.split(`--${boundary}`).slice(1)) {
      if (chunk.startsWith('--')) break;
      const found = partOf(parseMime(chunk.replace(/^\r\n/, '')), type);
      if (found) return found;
    }
    return '';
  }
  if (!contentType.startsWith(type)) return '';
  const encoding = (entity.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const body = entity.body.replace(/\r\n$/, '');
  const bytes =
    encoding === 'base64'
      ? Buffer.from(body, 'base64')
      : encoding === 'quoted-printable'
        ? Buffer.from(body.replace(/=\r\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_h, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1')
        : Buffer.from(body, 'latin1');
  return bytes.toString('utf8').replace(/\r\n/g, '\n');
}
