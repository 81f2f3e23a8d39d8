import nodemailer from 'nodemailer';
import type { NotificationsConfig } from '../../config';

/** The settings email needs (the service's config, or a test's). */
export type EmailConfig = Pick<NotificationsConfig, 'SMTP_URL' | 'SMTP_POOL_SIZE' | 'EMAIL_FROM'>;

export type SmtpPool = ReturnType<typeof createSmtpPool>;

/**
 * A pooled SMTP transport: SMTP_POOL_SIZE connections kept open and shared by every send.
 * Time-outs are shorter than nodemailer's (2 min to connect, 10 min of silence), so a stuck
 * relay holds a delivery slot for a minute, not ten; the delivery worker retries. Query
 * parameters of SMTP_URL (e.g. `?socketTimeout=120000`) override these.
 */
export function createSmtpPool(config: EmailConfig) {
  return nodemailer.createTransport(
    {
      pool: true,
      url: config.SMTP_URL,
      maxConnections: config.SMTP_POOL_SIZE,
      connectionTimeout: 30_000,
      greetingTimeout: 30_000,
      socketTimeout: 60_000,
      // Content is always our own strings: never let a message read a file or fetch a URL.
      disableFileAccess: true,
      disableUrlAccess: true,
    },
    { from: config.EMAIL_FROM },
  );
}
