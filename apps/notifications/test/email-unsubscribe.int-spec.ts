import type { PrismaClient } from '@scn-prisma/notifications';
import { DATABASE } from '@scn/platform';
import { waitFor } from '@scn/testing';
import { v7 as uuidv7 } from 'uuid';
import { GatewayUnderTest } from '../../gateway/test/gateway-harness';
import type { NotificationType } from '../src/catalogue/notification-types';
import { NotificationPlanner } from '../src/notifying/notification-planner';
import { SAMPLE_FACTS } from '../src/templates/notification-facts.fixtures';
import { SmtpSink } from './support/smtp-sink';
import { FAST_DELIVERY_ENV } from './support/notifications-harness';

// Unsubscribing without an account (issue #15), end to end: the planner makes an email for
// a listed contact, the email carries RFC 8058's headers and a footer link to the console's
// page, the mail client's one-click POST
// through the gateway turns every category off, the page's choice turns one back on, and
// the planner honours each choice (critical messages excepted).

describe('unsubscribing from emails without an account', () => {
  let smtp: SmtpSink;
  let gateway: GatewayUnderTest;
  let db: PrismaClient;
  let planner: NotificationPlanner;
  const contact = { kind: 'person' as const, email: `contact-${uuidv7().slice(-8)}@partner.test`, displayName: 'Mei Tanaka', language: 'en' };

  /** Plans one notification of `type` for the contact; answers its email row's status. */
  async function plan(type: NotificationType): Promise<string> {
    const sourceKey = `test:${uuidv7()}`;
    await db.$transaction((tx) => planner.plan(tx, { sourceKey, type, facts: SAMPLE_FACTS[type] as never, audience: contact, channels: ['email'] }));
    const row = await db.notification.findFirstOrThrow({ where: { sourceKey } });
    return row.status;
  }

  beforeAll(async () => {
    smtp = await SmtpSink.start();
    gateway = await GatewayUnderTest.start({ withNotifications: true, notificationsEnv: { ...FAST_DELIVERY_ENV, SMTP_URL: smtp.url, PUBLIC_WEB_URL: 'https://console.scn.test' } });
    const app = gateway.backends[0]!.service.app;
    db = app.get<PrismaClient>(DATABASE);
    planner = app.get(NotificationPlanner);
  });
  afterAll(async () => {
    await gateway?.stop();
    await smtp?.stop();
  });

  it('unsubscribes by the one-click POST of the email header, honoured by the planner', async () => {
    expect(await plan('partnership.activated')).toBe('queued');
    const mail = await waitFor('the activation email', () => smtp.to(contact.email)[0]);
    expect(mail.header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const link = /^<(https:\/\/console\.scn\.test(\/v1\/email-subscriptions\/[^/]+\/unsubscribe))>$/.exec(mail.header('list-unsubscribe') ?? '');
    expect(link).not.toBeNull();
    const path = link![2]!;
    const token = path.split('/')[3]!;
    // The footer links to the console's page, with the same token, in both parts.
    const page = `https://console.scn.test/unsubscribe?token=${token}`;
    expect(mail.part('text/plain')?.replace(/\r\n/g, '\n')).toContain(`Choose your emails or unsubscribe\n${page}\n`);
    expect(mail.part('text/html')).toContain(`<a href="${page.replace('=', '&#x3D;')}"`);

    // As a mail client does it: a form body, no account, no cookie.
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const wrongBody = await gateway.request('POST', path, { body: 'List-Unsubscribe=Maybe', headers: form });
    expect(wrongBody.status).toBe(400);
    expect(wrongBody.body.errors[0].field).toBe('body');
    const done = await gateway.request('POST', path, { body: 'List-Unsubscribe=One-Click', headers: form });
    expect({ status: done.status, body: done.status === 200 ? null : done.body }).toEqual({ status: 200, body: null });
    expect(done.headers.get('cache-control')).toBe('no-store');
    expect(done.body.email).toMatch(/^c•••@partner\.test$/);
    expect(done.body.categories.every((c: { email: boolean }) => !c.email)).toBe(true);

    expect(await plan('partnership.activated')).toBe('filtered');
    expect(await plan('member-program.registered')).toBe('filtered');
    // A critical message still comes (a link someone asked for, an account message), and has no header.
    expect(await plan('account.password-reset')).toBe('queued');
    const reset = await waitFor('the reset email', () => smtp.to(contact.email).find((m) => m !== mail));
    expect(reset.header('list-unsubscribe')).toBeUndefined();
    expect(reset.part('text/plain')).not.toContain('/unsubscribe?token=');

    // The page's choice: partnership news back on, the rest stays off.
    const chosen = await gateway.request('PUT', `/v1/email-subscriptions/${token}`, { body: { categories: [{ category: 'partnerships', email: true }] } });
    expect(chosen.status).toBe(200);
    expect(chosen.body.categories).toContainEqual({ category: 'partnerships', email: true });
    expect(chosen.body.categories).toContainEqual({ category: 'membership', email: false });
    const read = await gateway.request('GET', `/v1/email-subscriptions/${token}`);
    expect(read.body).toEqual(chosen.body);
    expect(await plan('partnership.activated')).toBe('queued');
    expect(await plan('member-program.registered')).toBe('filtered');

    // Each change is recorded, newest last.
    const recipient = await db.recipient.findUniqueOrThrow({ where: { email: contact.email } });
    const records = await db.emailUnsubscribe.findMany({ where: { recipientId: recipient.id }, orderBy: { createdAt: 'asc' } });
    expect(records.map((r) => r.source)).toEqual(['one-click', 'page']);
    expect(records[1]!.categoriesOff).not.toContain('partnerships');
    expect(records[1]!.categoriesOff).toContain('membership');
  });

  it('refuses a forged or mangled link with 404, and bad input with 400 naming the field', async () => {
    const valid = await gateway.request('GET', `/v1/email-subscriptions/${'A'.repeat(40)}.${'B'.repeat(22)}`);
    expect({ status: valid.status, code: valid.body.code }).toEqual({ status: 404, code: 'UNSUBSCRIBE.INVALID_LINK' });
    const oneClick = await gateway.request('POST', `/v1/email-subscriptions/${'A'.repeat(40)}.${'B'.repeat(22)}/unsubscribe`, {
      body: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(oneClick.status).toBe(404);
    const badCategory = await gateway.request('PUT', `/v1/email-subscriptions/${'A'.repeat(40)}.${'B'.repeat(22)}`, {
      body: { categories: [{ category: 'everything', email: false }] },
    });
    expect(badCategory.status).toBe(400);
    expect(badCategory.body.errors[0].field).toBe('body.categories.0.category');
    // A form body is taken by the one-click route only.
    const formElsewhere = await gateway.request('POST', '/v1/auth/login', { body: 'email=a&password=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(formElsewhere.status).toBe(415);
  });
});
