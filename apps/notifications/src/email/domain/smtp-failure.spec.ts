import { PermanentDeliveryError, RetryableDeliveryError } from '../../deliveries/domain/channel-sender';
import { classifySmtpFailure } from './smtp-failure';

const smtpError = (fields: { code?: string; responseCode?: number; command?: string }, message = 'failed') => Object.assign(new Error(message), fields);

describe(classifySmtpFailure.name, () => {
  it.each([
    ['a 4xx reply', { code: 'EENVELOPE', responseCode: 451, command: 'RCPT TO' }, 451],
    ['a 421 (service closing)', { code: 'EMESSAGE', responseCode: 421 }, 421],
    ['a 503 (bad sequence: the session, not the message)', { code: 'EPROTOCOL', responseCode: 503 }, 503],
    ['a refused login, which every email would get alike', { code: 'EAUTH', responseCode: 535 }, 535],
  ])('retries after %s', (_case, fields, status) => {
    const sut = classifySmtpFailure(smtpError(fields));
    expect(sut).toBeInstanceOf(RetryableDeliveryError);
    expect(sut.responseStatus).toBe(status);
  });

  it.each([
    ['a refused connection', { code: 'ESOCKET' }],
    ['a lost connection', { code: 'ECONNECTION' }],
    ['a time-out', { code: 'ETIMEDOUT' }],
    ['a failed DNS lookup', { code: 'EDNS' }],
    ['an error nodemailer does not name', {}],
  ])('retries after %s', (_case, fields) => {
    const sut = classifySmtpFailure(smtpError(fields));
    expect(sut).toBeInstanceOf(RetryableDeliveryError);
    expect(sut.responseStatus).toBeUndefined();
  });

  it.each([
    ['a 550 (no such mailbox)', { code: 'EENVELOPE', responseCode: 550, command: 'RCPT TO' }, 550],
    ['a 554 (rejected as spam)', { code: 'EMESSAGE', responseCode: 554, command: 'DATA' }, 554],
  ])('gives up after %s', (_case, fields, status) => {
    const sut = classifySmtpFailure(smtpError(fields));
    expect(sut).toBeInstanceOf(PermanentDeliveryError);
    expect(sut.responseStatus).toBe(status);
  });

  it('gives up on an envelope refused before any server answered (no recipient)', () => {
    expect(classifySmtpFailure(smtpError({ code: 'EENVELOPE' }, 'No recipients defined'))).toBeInstanceOf(PermanentDeliveryError);
  });

  it('says what failed, where', () => {
    const sut = classifySmtpFailure(smtpError({ code: 'EENVELOPE', responseCode: 550, command: 'RCPT TO' }, '550 5.1.1 No such user'));
    expect(sut.message).toBe('SMTP EENVELOPE at RCPT TO: 550 5.1.1 No such user');
    expect(classifySmtpFailure('boom').message).toBe('SMTP error: boom');
  });
});
