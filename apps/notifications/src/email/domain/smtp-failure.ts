import { PermanentDeliveryError, RetryableDeliveryError } from '../../deliveries/domain/channel-sender';

/** What nodemailer puts on the errors it rejects a send with. */
interface SmtpError {
  message?: string;
  code?: string;
  command?: string;
  responseCode?: number;
}

/**
 * The relay refused our credentials: every email would fail alike, and none of them is at
 * fault. Retried (until someone fixes SMTP_URL), so the notifications are not lost meanwhile.
 */
const RELAY_LOGIN_CODES = new Set(['EAUTH', 'ENOAUTH', 'EOAUTH2']);
/** Refused before any server answered, for a reason that lies in the message itself. */
const BAD_MESSAGE_CODES = new Set(['EENVELOPE', 'EMESSAGE', 'EMAXRECIPIENTS']);

function describe(error: SmtpError): string {
  const where = error.command ? ` at ${error.command}` : '';
  return `SMTP ${error.code ?? 'error'}${where}: ${error.message ?? String(error)}`.slice(0, 1_000);
}

/**
 * How a failed send should be tried again (RFC 5321 reply classes): 4xx replies, lost or
 * refused connections, time-outs and anything unknown may pass later; 5xx replies are final,
 * except 503 (bad sequence: the session's fault, not the message's) and a refused login.
 */
export function classifySmtpFailure(thrown: unknown): RetryableDeliveryError | PermanentDeliveryError {
  const error: SmtpError = typeof thrown === 'object' && thrown !== null ? (thrown as SmtpError) : { message: String(thrown) };
  const message = describe(error);
  const reply = typeof error.responseCode === 'number' ? error.responseCode : undefined;
  const relayLogin = error.code !== undefined && RELAY_LOGIN_CODES.has(error.code);
  if (reply !== undefined && reply >= 500 && reply < 600 && reply !== 503 && !relayLogin) {
    return new PermanentDeliveryError(message, reply);
  }
  if (reply === undefined && error.code !== undefined && BAD_MESSAGE_CODES.has(error.code)) {
    return new PermanentDeliveryError(message);
  }
  return new RetryableDeliveryError(message, reply);
}
