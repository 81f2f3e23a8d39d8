import { waitFor } from '@scn/testing';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { dialogFadedIn, DESKTOP, launchChromium, PHONE, screenshot, visited } from './support/browser';
import { acceptInvitation } from './support/console-steps';
import { amendAgain, amendedPartnership, invitePartnerContact, inviteProgramAdmin, type PartnerFixture } from './support/partner-fixture';
import { call, expectStatus } from './support/program-fixture';
import { PLATFORM_SETUP_TIMEOUT_MS, WebPlatform } from './support/web-platform';

// The partner-city contact's pages in Chromium against the whole platform: invited by
// email, they sign in, read their partnership's terms and what changed between versions,
// approve the current version (a page left open while the terms changed is refused), and
// manage a webhook endpoint whose pings reach a receiver in this process (its delivery log,
// a delivery the receiver refused replayed, editing, disabling, deleting). Last, the member
// program's admin joins in a browser of their own: they suspend and reactivate the
// partnership, the contact gives their side's contacts and proposes to end it, and the admin
// finds the ending awaiting their approval on their list and approves it, which ends it for
// both. Every page is checked by axe and photographed at desktop and phone width.

/** Webhook requests as a city's system receives them. */
interface Received {
  headers: IncomingHttpHeaders;
  body: { type?: string; data?: Record<string, unknown> };
}

describe('the partner-city contact in a browser', () => {
  let platform: WebPlatform;
  let browser: Browser;
  let fixture: PartnerFixture;
  let receiver: Server;
  let receiverUrl: string;
  /** What the receiver answers: 204, or 400 while it refuses (the delivery fails at once, without retries). */
  let receiverAnswer = 204;
  const received: Received[] = [];
  const contexts: BrowserContext[] = [];
  /** The contact's page, signed in by the first test and used by the next ones. */
  let contact: Page;

  beforeAll(async () => {
    receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        received.push({ headers: request.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Received['body'] });
        response.writeHead(receiverAnswer).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhooks`;
    [platform, browser] = await Promise.all([WebPlatform.start(), launchChromium()]);
    fixture = await amendedPartnership(platform);
  }, PLATFORM_SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
    await new Promise((resolve) => receiver?.close(resolve));
  });

  async function open(viewport: { width: number; height: number }, locale = 'en-US'): Promise<Page> {
    const context = await browser.newContext({ viewport, locale, timezoneId: 'Europe/Paris' });
    contexts.push(context);
    return context.newPage();
  }


  it('is invited by email, reads the terms and their changes, and approves the current version — not a stale one', async () => {
    const email = `contact-${Date.now()}@lyon.test`;
    const link = await invitePartnerContact(platform, fixture.staffToken, email);
    contact = await open(DESKTOP);
    await contact.goto(link);
    await contact.getByRole('heading', { name: 'Accept your invitation' }).waitFor();
    await contact.locator('input[name="password"]').fill('a-long-partner-password');
    await contact.getByRole('button', { name: 'Accept and sign in' }).click();
    await contact.getByRole('heading', { name: 'Partnership directory' }).waitFor();

    // Their navigation group, then their partnership.
    await contact.getByRole('link', { name: 'Our partnerships' }).click();
    await contact.getByRole('heading', { name: 'Our partnerships', level: 1 }).waitFor();
    const toApprove = contact.getByRole('region', { name: 'Awaiting your approval' });
    await toApprove.getByText('Version 2 awaits your approval').waitFor();
    await visited(contact, 'partner-partnerships-desktop');
    await toApprove.getByRole('link', { name: 'Lyon – Nagoya' }).click();
    await contact.getByRole('heading', { name: 'Lyon – Nagoya', level: 1 }).waitFor();
    await contact.getByText('Version 1 is in force').waitFor();

    // What changed from version 1 (in force) to version 2: marked words, not colours only.
    const diff = contact.getByTestId('terms-diff');
    await expect(diff.locator('ins').allTextContents()).resolves.toEqual(expect.arrayContaining([expect.stringContaining('artists')]));
    await expect(diff.locator('del').allTextContents()).resolves.toEqual(expect.arrayContaining([expect.stringContaining('open-ended')]));
    await expect(contact.evaluate("getComputedStyle(document.querySelector('[data-testid=terms-diff] ins')).textDecorationLine")).resolves.toBe('underline');
    await visited(contact, 'partner-partnership-desktop');

    // Staff change the terms while the page shows version 2: the approval is refused.
    await amendAgain(platform, fixture);
    await contact.getByRole('textbox', { name: 'Name of the signatory' }).fill('Grégory Doucet');
    await contact.getByRole('textbox', { name: 'Office of the signatory' }).fill('Maire de Lyon');
    await contact.getByRole('button', { name: 'Approve version 2' }).click();
    await contact.getByText('The terms have changed').waitFor();
    await contact.getByText(/Version 2, shown on this page, is no longer the current one/).waitFor();
    await screenshot(contact, 'partner-approval-stale-desktop');

    // The current terms (version 3) are shown, then approved.
    await contact.getByRole('button', { name: 'Show the current terms' }).click();
    await contact.getByRole('button', { name: 'Approve version 3' }).waitFor();
    await contact.getByRole('textbox', { name: 'Name of the signatory' }).fill('Grégory Doucet');
    await contact.getByRole('textbox', { name: 'Office of the signatory' }).fill('Maire de Lyon');
    await contact.getByRole('textbox', { name: /Reference of the signed document/ }).fill('DEL-2026-114');
    await contact.getByRole('button', { name: 'Approve version 3' }).click();
    await contact.getByText('You approved version 3.').waitFor();
    await contact.getByText(/Approved for your city by Grégory Doucet \(Maire de Lyon\)/).first().waitFor();
    await contact.getByText('Approved · Version 3 · your city').waitFor();
    await visited(contact, 'partner-partnership-approved-desktop');

    const partnership = await fetch(`${platform.url}/v1/partnerships/${fixture.partnershipId}`, { headers: { authorization: `Bearer ${fixture.staffToken}` } });
    const versions = ((await partnership.json()) as { versions: Array<{ version: number; approvals: Array<{ side: string; documentRef: string | null }> }> }).versions;
    expect(versions.find((version) => version.version === 3)?.approvals).toEqual([expect.objectContaining({ side: 'partner', documentRef: 'DEL-2026-114' })]);
    expect(versions.find((version) => version.version === 2)?.approvals).toEqual([]);
  });

  it('adds a webhook endpoint, sees its secret once, replaces it, pings it, and replays a delivery its receiver refused', async () => {
    await contact.getByRole('link', { name: 'Webhooks' }).click();
    await contact.getByRole('heading', { name: 'Webhooks', level: 1 }).waitFor();
    await contact.getByText('No endpoint yet.').waitFor();
    await visited(contact, 'partner-webhooks-empty-desktop');

    // A bad URL is refused on its field, by the API's own rule, before anything is sent.
    await contact.getByRole('textbox', { name: 'URL' }).fill('ftp://lyon.example/hooks');
    await contact.getByRole('button', { name: 'Add the endpoint' }).click();
    await contact.getByText('must be a web address starting with http:// or https://').waitFor();

    await contact.getByRole('textbox', { name: 'URL' }).fill(receiverUrl);
    await contact.getByRole('textbox', { name: 'Description (optional)' }).fill('City hall intranet');
    await contact.getByRole('switch', { name: 'Only some events' }).check();
    await contact.getByRole('checkbox', { name: 'webhook.ping' }).check();
    await contact.getByRole('checkbox', { name: 'partnership.approved' }).check();
    await contact.getByRole('button', { name: 'Add the endpoint' }).click();
    await contact.getByText('Copy it now: you will not see this secret again.').waitFor();
    const firstSecret = await contact.getByTestId('webhook-secret').textContent();
    expect(firstSecret).toMatch(/^whsec_/);
    await contact.getByText(`Receives: webhook.ping, partnership.approved`).waitFor();
    await visited(contact, 'partner-webhooks-secret-desktop');

    // Once dismissed (or the page left), the secret is gone for good.
    await contact.getByRole('button', { name: 'I have stored it' }).click();
    await expect(contact.getByTestId('webhook-secret').count()).resolves.toBe(0);
    await contact.reload();
    await contact.getByText('City hall intranet').waitFor();
    await expect(contact.getByText(firstSecret ?? 'whsec_').count()).resolves.toBe(0);

    // Replacing it asks first, then shows the new one once.
    await contact.getByRole('button', { name: 'Replace the secret' }).click();
    await contact.getByText('Replace the signing secret?').waitFor();
    await contact.getByRole('button', { name: 'Replace it now' }).click();
    await contact.getByText('Copy it now: you will not see this secret again.').waitFor();
    const secondSecret = await contact.getByTestId('webhook-secret').textContent();
    expect(secondSecret).toMatch(/^whsec_/);
    expect(secondSecret).not.toBe(firstSecret);

    // The ping reaches the city's system, signed (Standard Webhooks headers).
    await contact.getByRole('button', { name: 'Send a test ping' }).click();
    await contact.getByText(/Test ping sent/).waitFor();
    const ping = await waitFor('the ping at the receiver', async () => received.find((request) => request.body.type === 'webhook.ping'), {
      timeoutMs: 30_000,
      intervalMs: 200,
    });
    expect(ping.headers['webhook-signature']).toMatch(/^v1,/);

    // The endpoint's delivery log shows the ping delivered, with the receiver's answer (it refreshes while the ping waits).
    await contact.getByRole('button', { name: 'Show the delivery log' }).click();
    const log = contact.getByRole('region', { name: 'Notifications' });
    await log.getByText('webhook.ping').waitFor();
    await log.getByText('Delivered').waitFor({ timeout: 20_000 });
    await log.getByText(/answered 204/).waitFor();
    await visited(contact, 'partner-webhooks-desktop');

    // The receiver refuses the next ping (400: failed at once); the contact replays it once it accepts again.
    receiverAnswer = 400;
    await contact.getByRole('button', { name: 'Send a test ping' }).click();
    await log.getByText('Failed', { exact: true }).waitFor({ timeout: 20_000 });
    await log.getByText(/: answered 400$/).waitFor();
    const replay = log.getByRole('button', { name: /^Replay the webhook\.ping event of / });
    // The pointer left on "Send a test ping" would have axe judge the button's hover colours.
    await contact.mouse.move(0, 0);
    await visited(contact, 'partner-webhooks-failed-desktop');
    receiverAnswer = 204;
    const pingsBefore = received.filter((request) => request.body.type === 'webhook.ping').length;
    await replay.click();
    await contact.getByRole('status').filter({ hasText: 'The webhook.ping event is sent again' }).waitFor();
    await waitFor('the replayed ping at the receiver', async () => received.filter((request) => request.body.type === 'webhook.ping').length > pingsBefore, {
      timeoutMs: 30_000,
      intervalMs: 200,
    });
    // Both pings delivered now, nothing left to replay (the log reads itself again while the replay waits).
    await waitFor('both pings shown delivered', async () => (await log.getByText('Delivered', { exact: true }).count()) === 2, { timeoutMs: 20_000, intervalMs: 250 });
    await expect(log.getByRole('button', { name: /^Replay/ }).count()).resolves.toBe(0);

    // Edited: a new description (a bad URL is refused on its field first).
    await contact.getByRole('button', { name: 'Edit', exact: true }).click();
    const edit = contact.getByRole('form', { name: `Edit the endpoint ${receiverUrl}` });
    await edit.getByRole('textbox', { name: 'URL' }).fill('lyon.example/hooks');
    await edit.getByRole('button', { name: 'Save the changes' }).click();
    await edit.getByText('must be a web address starting with http:// or https://').waitFor();
    await edit.getByRole('textbox', { name: 'URL' }).fill(receiverUrl);
    await edit.getByRole('textbox', { name: 'Description (optional)' }).fill('City hall intranet, new server');
    await edit.getByRole('button', { name: 'Save the changes' }).click();
    await contact.getByText('City hall intranet, new server').waitFor();

    // Disabled after a confirmation (no ping then), and enabled again.
    await contact.getByRole('button', { name: 'Disable', exact: true }).click();
    await contact.getByText('Disable this endpoint?').waitFor();
    await contact.getByRole('button', { name: 'Disable it' }).click();
    await contact.getByRole('button', { name: 'Enable again' }).waitFor();
    await expect(contact.getByRole('button', { name: 'Send a test ping' }).count()).resolves.toBe(0);
    await visited(contact, 'partner-webhooks-disabled-desktop');
    await contact.getByRole('button', { name: 'Enable again' }).click();
    await contact.getByRole('button', { name: 'Send a test ping' }).waitFor();
  });

  it('shows each page at 360 px without scrolling sideways, in French too, with the inbox and settings of a partner contact', async () => {
    await contact.getByRole('link', { name: 'Incoming participants' }).click();
    await contact.getByRole('heading', { name: 'Incoming participants', level: 1 }).waitFor();
    await contact.getByText('No participant here.').waitFor();
    await visited(contact, 'partner-nominees-desktop');
    await contact.getByRole('link', { name: 'Notification settings' }).click();
    await contact.getByRole('heading', { name: 'Notification settings' }).waitFor();
    // The categories of a partner contact, not an applicant's.
    await contact.getByRole('checkbox', { name: 'Email about Webhook endpoints' }).waitFor();
    await expect(contact.getByRole('checkbox', { name: 'Email about My applications' }).count()).resolves.toBe(0);
    await visited(contact, 'partner-preferences-desktop');

    for (const locale of ['en-US', 'fr-FR'] as const) {
      const phone = await browser.newContext({ viewport: PHONE, locale, timezoneId: 'Europe/Paris', storageState: await contact.context().storageState() });
      contexts.push(phone);
      const small = await phone.newPage();
      const french = locale === 'fr-FR';
      // Every page in English; in French (longer words) the one with the most text.
      const pages = [
        ['/partner/partnerships', 'Our partnerships', 'partner-partnerships-phone'],
        [`/partner/partnerships/${fixture.partnershipId}`, 'Lyon – Nagoya', 'partner-partnership-phone'],
        ['/partner/nominees', 'Incoming participants', 'partner-nominees-phone'],
        ['/partner/webhooks', 'Webhooks', 'partner-webhooks-phone'],
        ['/me/inbox', 'Inbox', 'partner-inbox-phone'],
        ['/me/notification-preferences', 'Notification settings', 'partner-preferences-phone'],
      ] as const;
      const frenchPages = [
        [`/partner/partnerships/${fixture.partnershipId}`, 'Lyon – Nagoya', 'partner-partnership-phone'],
      ] as const;
      for (const [path, heading, name] of french ? frenchPages : pages) {
        await small.goto(`${platform.url}${path}`);
        await small.getByRole('heading', { name: heading, level: 1 }).waitFor();
        const shot = french ? `${name}-fr` : name;
        await visited(small, shot);
        const fits = await small.evaluate('document.documentElement.scrollWidth <= window.innerWidth');
        expect({ page: shot, fits }).toEqual({ page: shot, fits: true });
      }
    }
  });

  it('deletes the endpoint after a confirmation', async () => {
    await contact.goto(`${platform.url}/partner/webhooks`);
    await contact.getByText('City hall intranet, new server').waitFor();
    await contact.getByRole('button', { name: 'Delete', exact: true }).click();
    await contact.getByText('Delete this endpoint?').waitFor();
    await contact.getByRole('button', { name: 'Delete it' }).click();
    await contact.getByText('No endpoint yet.').waitFor();
  });

  it('the member program’s admin suspends and reactivates; the contact gives their contacts and proposes the ending, which the admin finds on their list and approves', async () => {
    const partnershipPath = `/partner/partnerships/${fixture.partnershipId}`;
    const adminEmail = `admin-${Date.now()}@nagoya.test`;
    const admin = await open(DESKTOP);
    await acceptInvitation(admin, await inviteProgramAdmin(platform, fixture.staffToken, adminEmail), adminEmail, 'a-long-admin-password');

    // The member side suspends (a reason asked first) and reactivates, on its own page.
    await admin.getByRole('link', { name: 'Program partnerships' }).click();
    await admin.getByRole('heading', { name: "Your program's partnerships", level: 1 }).waitFor();
    await admin.getByRole('region', { name: 'All partnerships' }).getByRole('link', { name: 'Nagoya – Lyon' }).click();
    await admin.getByRole('heading', { name: 'Nagoya – Lyon', level: 1 }).waitFor();
    await admin.getByRole('button', { name: 'Suspend' }).click();
    const suspend = admin.getByRole('dialog', { name: 'Suspend this partnership?' });
    await suspend.getByRole('textbox', { name: 'Reason' }).fill('Council elections: paused until the new council meets.');
    await suspend.getByRole('button', { name: 'Suspend' }).click();
    await admin.getByRole('button', { name: 'Reactivate' }).click();
    await admin.getByRole('button', { name: 'Suspend' }).waitFor();
    await visited(admin, 'member-partnership-actions-desktop');

    // The partner side's contacts, given on the contact's page (contacts are not terms: no signature).
    await contact.goto(`${platform.url}${partnershipPath}`);
    await contact.getByRole('heading', { name: 'Lyon – Nagoya', level: 1 }).waitFor();
    await contact.getByRole('button', { name: 'Edit the contacts of Lyon (your city)' }).click();
    const contactsForm = contact.getByRole('form', { name: 'Edit the contacts of Lyon (your city)' });
    await contactsForm.getByRole('button', { name: 'Add a contact' }).click();
    const first = contactsForm.getByRole('group', { name: 'Contact 1' });
    await first.getByRole('textbox', { name: 'Name' }).fill('Camille Martin');
    await first.getByRole('textbox', { name: 'Email' }).fill('camille.martin@lyon.test');
    await first.getByRole('combobox', { name: 'Language of their emails' }).selectOption('fr');
    await visited(contact, 'partner-contacts-form-desktop');
    await contactsForm.getByRole('button', { name: 'Save the contacts' }).click();
    await contact.getByRole('region', { name: 'Lyon (your city)' }).getByText('emails in French').waitFor();

    // The contact proposes the ending: asked in a dialog, refused without a reason.
    await contact.getByRole('button', { name: 'Propose to end the partnership' }).click();
    const propose = contact.getByRole('dialog', { name: 'Propose to end this partnership?' });
    await propose.getByText(/ends once the member city approves the ending/).waitFor();
    await dialogFadedIn(contact);
    await visited(contact, 'partner-termination-dialog-desktop');
    await propose.getByRole('button', { name: 'Propose the ending' }).click();
    await propose.getByText('Say why (both sides will read it)').waitFor();
    await propose.getByRole('textbox', { name: 'Reason' }).fill('Our council ended its twinning programme.');
    await propose.getByRole('button', { name: 'Propose the ending' }).click();
    const waiting = contact.getByRole('region', { name: 'Ending proposed: awaits the approval of the member city' });
    await waiting.getByText(/your city proposed to end the partnership/).waitFor();
    await expect(contact.getByRole('button', { name: 'Propose to end the partnership' }).count()).resolves.toBe(0);
    await visited(contact, 'partner-termination-proposed-desktop');

    // The contact's list says it awaits the member city.
    await contact.getByRole('link', { name: 'Our partnerships' }).click();
    await contact
      .getByRole('region', { name: 'All partnerships' })
      .getByText('Ending proposed: awaits the approval of the member city')
      .waitFor();

    // The admin finds it on their list, awaiting their approval (with who proposed it, when),
    // reads it on its page and approves it after the dialog.
    await admin.getByRole('link', { name: 'Program partnerships' }).click();
    const awaitingAdmin = admin.getByRole('region', { name: 'Awaiting your approval' });
    await awaitingAdmin.getByText('Ending proposed: awaits your approval').waitFor();
    await awaitingAdmin.getByText(/the partner city proposed to end the partnership/).waitFor();
    await visited(admin, 'member-partnerships-ending-desktop');
    await awaitingAdmin.getByRole('link', { name: 'Nagoya – Lyon' }).click();
    await admin.getByRole('heading', { name: 'Nagoya – Lyon', level: 1 }).waitFor();
    const toApprove = admin.getByRole('region', { name: 'Ending proposed: awaits your approval' });
    await toApprove.getByText(/the partner city proposed to end the partnership/).waitFor();
    await toApprove.getByText('Reason: Our council ended its twinning programme.').waitFor();
    await admin.getByRole('region', { name: 'Lyon (the partner city)' }).getByText('Camille Martin').waitFor();
    await visited(admin, 'member-termination-awaiting-desktop');
    await toApprove.getByRole('button', { name: 'Approve the ending' }).click();
    const approve = admin.getByRole('dialog', { name: 'End this partnership?' });
    await dialogFadedIn(admin);
    await visited(admin, 'member-termination-dialog-desktop');
    await approve.getByRole('button', { name: 'Approve and end it' }).click();
    await admin.getByRole('status').filter({ hasText: 'This partnership has ended' }).getByText(/your city approved the ending the partner city had proposed/).waitFor();
    await admin.getByText('Ended', { exact: true }).first().waitFor();
    await visited(admin, 'member-partnership-ended-desktop');

    // Checked through the API: ended by the member side's approval of the partner side's proposal.
    const ended = await expectStatus(call(platform, 'GET', `/v1/partnerships/${fixture.partnershipId}`, fixture.staffToken), 200, 'read the partnership');
    expect(ended).toMatchObject({ status: 'terminated', pendingTermination: null, partnerContacts: [expect.objectContaining({ name: 'Camille Martin', language: 'fr' })] });
    const history = await expectStatus(call(platform, 'GET', `/v1/partnerships/${fixture.partnershipId}/history?limit=50`, fixture.staffToken), 200, 'read the history');
    const changes = (history['items'] as Array<{ action: string; details: Record<string, unknown> }>).map((change) => [change.action, change.details['side']]);
    expect(changes).toEqual(expect.arrayContaining([['suspended', undefined], ['reactivated', undefined], ['termination-proposed', 'partner'], ['terminated', 'member']]));

    // The contact's page says so too, and nothing is offered any more; the ended page fits a phone.
    await contact.goto(`${platform.url}${partnershipPath}`);
    await contact.getByText(/the member city approved the ending your city had proposed/).waitFor();
    await expect(contact.getByRole('button', { name: /Edit the contacts|Propose to end/ }).count()).resolves.toBe(0);
    const phone = await browser.newContext({ viewport: PHONE, locale: 'en-US', timezoneId: 'Europe/Paris', storageState: await admin.context().storageState() });
    contexts.push(phone);
    const small = await phone.newPage();
    await small.goto(`${platform.url}/member/partnerships/${fixture.partnershipId}`);
    await small.getByRole('heading', { name: 'Nagoya – Lyon', level: 1 }).waitFor();
    await small.getByText('This partnership has ended').waitFor();
    await visited(small, 'member-partnership-ended-phone');
    expect({ page: 'member-partnership-ended-phone', fits: await small.evaluate('document.documentElement.scrollWidth <= window.innerWidth') }).toEqual({ page: 'member-partnership-ended-phone', fits: true });
  });
});
