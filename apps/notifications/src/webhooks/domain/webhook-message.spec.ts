import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { signedWebhookMessage, WEBHOOK_USER_AGENT } from './webhook-message';

const secret = `whsec_${randomBytes(32).toString('base64')}`;
const input = {
  id: '01938a2e-0000-7000-8000-000000000001',
  type: 'partnership.activated',
  occurredAt: new Date('2026-12-01T10:00:00.123Z'),
  data: { partnershipId: '01938a2e-0000-7000-8000-0000000000aa', title: 'Été <partagé> & "ensemble"' },
  secret,
};

describe(signedWebhookMessage.name, () => {
  it('signs so that a Standard Webhooks library verifies it, and the body is { type, timestamp, data }', () => {
    const message = signedWebhookMessage(input, new Date());
    const verified = new Webhook(secret).verify(message.body, message.headers);
    expect(verified).toEqual({ type: input.type, timestamp: '2026-12-01T10:00:00.123Z', data: input.data });
  });

  it('sends the Standard Webhooks headers: the notification id, the time of the try in seconds, a v1 signature', () => {
    const sentAt = new Date('2026-12-01T10:00:05.999Z');
    const { headers } = signedWebhookMessage(input, sentAt);
    expect(headers).toEqual({
      'content-type': 'application/json',
      'user-agent': WEBHOOK_USER_AGENT,
      'webhook-id': input.id,
      'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
      'webhook-signature': expect.stringMatching(/^v1,[A-Za-z0-9+/]+={0,2}$/),
    });
  });

  it('does not verify with another secret, another id or a changed body', () => {
    const message = signedWebhookMessage(input, new Date());
    const other = new Webhook(`whsec_${randomBytes(32).toString('base64')}`);
    expect(() => other.verify(message.body, message.headers)).toThrow();
    const verifier = new Webhook(secret);
    expect(() => verifier.verify(message.body, { ...message.headers, 'webhook-id': 'another' })).toThrow();
    expect(() => verifier.verify(message.body.replace('ensemble', 'seul'), message.headers)).toThrow();
  });

  it('keeps the body the same on every try and signs each try at its own time', () => {
    const first = signedWebhookMessage(input, new Date('2026-12-01T10:00:00Z'));
    const retry = signedWebhookMessage(input, new Date('2026-12-01T10:05:00Z'));
    expect(retry.body).toBe(first.body);
    expect(retry.headers['webhook-id']).toBe(first.headers['webhook-id']);
    expect(retry.headers['webhook-signature']).not.toBe(first.headers['webhook-signature']);
  });
});
