#!/usr/bin/env node
// A mail catcher for `npm start` on one machine (Docker Compose runs Mailpit instead): an
// SMTP server on 127.0.0.1:1025 (the notifications service's default SMTP_URL) that accepts
// every message, saves it as an .eml file under .local/mail/ and prints one line about it.
// Nothing is sent anywhere. Port and folder: MAIL_CATCHER_PORT, MAIL_CATCHER_DIR.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { SMTPServer } = require('smtp-server');

const port = Number(process.env.MAIL_CATCHER_PORT ?? 1025);
const dir = path.resolve(process.env.MAIL_CATCHER_DIR ?? path.join(__dirname, '..', '.local', 'mail'));
fs.mkdirSync(dir, { recursive: true });

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('end', () => {
      const raw = Buffer.concat(chunks);
      const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${session.id}.eml`);
      fs.writeFileSync(file, raw);
      const to = session.envelope.rcptTo.map((r) => r.address).join(', ');
      console.log(`mail-catcher: message to ${to} saved as ${path.relative(process.cwd(), file)}`);
      callback();
    });
  },
});
server.on('error', (error) => {
  console.error(`mail-catcher: ${error.message}`);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => console.log(`mail-catcher: SMTP on 127.0.0.1:${port}, messages kept in ${dir}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
process.on('SIGINT', () => server.close(() => process.exit(0)));
