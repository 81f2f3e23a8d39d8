import type { Browser, Locator, Page } from 'playwright-core';
import { DESKTOP, launchChromium, PHONE, screenshot, visited } from './support/browser';
import {
  acceptInvitation,
  applyWithDocument,
  completeAndAssign,
  createDraftProgram,
  emailedLink,
  registerAndVerify,
  saveApplicantProfile,
  scoreReading,
  setBlindRubric,
  signIn,
} from './support/console-steps';
import { call, expectStatus } from './support/program-fixture';
import { staffToken, windowOpened } from './support/review-fixture';
import { PLATFORM_SETUP_TIMEOUT_MS, WEB_ADMIN, WebPlatform } from './support/web-platform';

// The mission's journey across roles (issue #15), each person in a browser context of their
// own, several open at once: staff invite a partner-city contact, a program admin and later a
// reviewer from the accounts page; the invitees accept by their emailed links; staff propose
// a partnership, which both sides approve on their pages (the program admin for the member
// side, the partner contact for theirs); staff create and publish a program; an applicant
// registers, verifies and applies with a document; the reviewer scores; staff preview and
// commit the matching; the host city's contact accepts the nominee, the applicant accepts the
// offer and sees the place confirmed. Each person's inbox stays open in a tab of their
// context and must show what concerns them as it happens, over the SSE stream, never by a
// reload. Pages no other spec checks are checked by axe and photographed at 1280 px.

const CITIES = { nagoya: 'gn:1856057' };
const MEMBER_PROGRAM = 'Nagoya International Friendship';
const TITLE = 'Nagoya–Lyon summer school';
const SEASON = 2027;
const ZONE = 'Asia/Tokyo';
const PEOPLE = {
  partner: { email: 'camille@lyon.test', name: 'Camille Contact', password: 'camille-password-0123' },
  admin: { email: 'kenji@nagoya.test', name: 'Kenji Admin', password: 'kenji-password-0123' },
  reviewer: { email: 'rita@review.test', name: 'Rita Reviewer', password: 'rita-password-0123' },
  applicant: { email: 'yuki@applicant.test', name: 'Yuki Tanaka', password: 'yuki-password-0123' },
};

/** An instant as `<input type="datetime-local">` takes it in the browser's zone. */
const localInput = (at: Date) => at.toLocaleString('sv-SE', { timeZone: ZONE }).replace(' ', 'T').slice(0, 16);

/** A person: their browser context's working tab, and their inbox kept open in a second tab. */
interface Person {
  page: Page;
  inbox: Page;
}

describe("the mission's journey across roles, one browser context per person", () => {
  let platform: WebPlatform;
  let browser: Browser;
  let partnershipId = '';
  let programId = '';
  const people: Partial<Record<'staff' | keyof typeof PEOPLE, Person>> = {};
  const person = (who: keyof typeof people): Person => {
    const found = people[who];
    if (!found) throw new Error(`${who} has no browser context yet (an earlier step failed)`);
    return found;
  };

  beforeAll(async () => {
    [platform, browser] = await Promise.all([WebPlatform.start(), launchChromium()]);
    // Registering a member program has no page yet (docs/console.md): the API makes it.
    const token = await staffToken(platform);
    await expectStatus(
      call(platform, 'POST', '/v1/member-programs', token, { name: MEMBER_PROGRAM, cityId: CITIES.nagoya, duesPaidThrough: 2030 }),
      201,
      'register the member program',
    );
  }, PLATFORM_SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  async function newPerson(): Promise<Person> {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'en-US', timezoneId: ZONE });
    return { page: await context.newPage(), inbox: await context.newPage() };
  }


  /** Opens the person's inbox tab (signed in through the context's storage) and marks the document, to tell a reload apart. */
  async function openInbox(who: Person): Promise<void> {
    await who.inbox.goto(`${platform.url}/me/inbox`);
    await who.inbox.getByRole('heading', { name: 'Inbox' }).waitFor();
    await who.inbox.evaluate('window.sameDocument = true');
  }

  /** The inbox tab shows the item without having been reloaded: it came over the stream. */
  async function arrivesLive(who: Person, title: RegExp): Promise<void> {
    await who.inbox.getByText(title).first().waitFor({ timeout: 45_000 });
    await expect(who.inbox.evaluate('window.sameDocument')).resolves.toBe(true);
  }

  async function notYetIn(who: Person, title: RegExp): Promise<void> {
    await expect(who.inbox.getByText(title).count()).resolves.toBe(0);
  }

  /** Staff's accounts page: one invitation sent, with its roles chosen by `grant`. */
  async function invite(email: string, name: string, grant: (form: Locator) => Promise<void>): Promise<void> {
    const staff = person('staff').page;
    await staff.goto(`${platform.url}/staff/accounts`);
    const form = staff.getByRole('form', { name: 'Invite a person' });
    await form.getByRole('textbox', { name: 'Email' }).fill(email);
    await form.getByLabel('Their name').fill(name);
    await grant(form);
    await form.getByRole('button', { name: 'Send the invitation' }).click();
    await form.getByText(`${email} is invited`, { exact: false }).waitFor();
  }

  it('staff invite a partner-city contact and a program admin, who accept by their emailed links', async () => {
    const staff = await newPerson();
    people.staff = staff;
    await staff.page.goto(`${platform.url}/staff/accounts`);
    await signIn(staff.page, WEB_ADMIN.email, WEB_ADMIN.password);
    await staff.page.getByRole('heading', { name: 'Accounts, invitations and roles' }).waitFor();
    await openInbox(staff);

    await invite(PEOPLE.partner.email, PEOPLE.partner.name, async (form) => {
      await form.getByRole('checkbox', { name: 'Partner-city contact' }).check();
      await form.getByRole('combobox', { name: 'Add a partner city' }).fill('Lyon');
      await staff.page.getByRole('option', { name: 'Lyon (FR)' }).click();
    });
    await invite(PEOPLE.admin.email, PEOPLE.admin.name, async (form) => {
      await form.getByRole('checkbox', { name: 'Program admin' }).check();
      await form.getByRole('combobox', { name: 'Add a member program' }).fill('Nagoya');
      await staff.page.getByRole('option', { name: `${MEMBER_PROGRAM} (Nagoya)` }).click();
    });
    await staff.page.getByRole('list', { name: 'Pending invitations' }).getByText(PEOPLE.admin.email).waitFor();

    for (const who of ['partner', 'admin'] as const) {
      const invited = await newPerson();
      people[who] = invited;
      await acceptInvitation(invited.page, await emailedLink(platform, PEOPLE[who].email, 'accept-invitation'), PEOPLE[who].email, PEOPLE[who].password);
      await openInbox(invited);
    }
  });

  it('staff propose a partnership; both sides approve it, each in their own context', async () => {
    const staff = person('staff').page;
    const partner = person('partner');
    const admin = person('admin');
    await staff.goto(`${platform.url}/staff/partnerships/new`);
    await staff.getByRole('combobox', { name: 'Member program' }).fill('Nagoya');
    await staff.getByRole('option', { name: `${MEMBER_PROGRAM} (Nagoya)` }).click();
    await staff.getByRole('combobox', { name: 'Partner city abroad' }).fill('Lyon');
    await staff.getByRole('option', { name: 'Lyon (FR)' }).click();
    await staff.getByRole('textbox', { name: 'Title' }).fill('Nagoya–Lyon sister cities');
    await staff.getByRole('checkbox', { name: 'Arts and culture' }).check();
    await staff.getByRole('button', { name: 'Propose', exact: true }).click();
    await staff.getByRole('heading', { name: 'Nagoya – Lyon' }).waitFor();
    partnershipId = new URL(staff.url()).pathname.split('/').pop() ?? '';
    // The partner city's contact hears of it at once, in the inbox they have open.
    await arrivesLive(partner, /^New partnership proposed/);

    // The member side: the program admin, on their program's partnerships, finds the version
    // awaiting their signature, reads its terms and approves it (bound to its terms' hash).
    await admin.page.getByRole('link', { name: 'Program partnerships' }).click();
    await admin.page.getByRole('heading', { name: "Your program's partnerships", level: 1 }).waitFor();
    const toApprove = admin.page.getByRole('region', { name: 'Awaiting your approval' });
    await toApprove.getByText('Version 1 awaits your approval').waitFor();
    await visited(admin.page, 'mission-admin-partnerships-desktop');
    await toApprove.getByRole('link', { name: 'Nagoya – Lyon' }).click();
    await admin.page.getByRole('heading', { name: 'Nagoya – Lyon', level: 1 }).waitFor();
    await admin.page.getByText('Not yet approved by the partner city').waitFor();
    await admin.page.getByRole('textbox', { name: 'Name of the signatory' }).fill('Takashi Kawamura');
    await admin.page.getByRole('textbox', { name: 'Office of the signatory' }).fill('Mayor of Nagoya');
    await admin.page.getByRole('button', { name: 'Approve version 1' }).click();
    await admin.page.getByText('You approved version 1.').waitFor();
    await admin.page.getByText(/^Approved for your city by Takashi Kawamura \(Mayor of Nagoya\)/).waitFor();
    await visited(admin.page, 'mission-admin-partnership-desktop');
    // Checked through the API: the member side's signature names version 1 and its terms' hash.
    const adminLogin = await expectStatus(call(platform, 'POST', '/v1/auth/login', null, { email: PEOPLE.admin.email, password: PEOPLE.admin.password }), 200, 'admin sign-in');
    const signed = await expectStatus(call(platform, 'GET', `/v1/partnerships/${partnershipId}`, adminLogin['accessToken'] as string), 200, 'read the partnership');
    const [first] = signed['versions'] as Array<{ version: number; termsHash: string; approvals: Array<{ side: string; termsHash: string; signatoryName: string }> }>;
    expect(first?.approvals).toEqual([expect.objectContaining({ side: 'member', termsHash: first?.termsHash, signatoryName: 'Takashi Kawamura' })]);
    // Nothing else waits for the member side; both pages fit a 360 px phone.
    await admin.page.getByRole('link', { name: 'Program partnerships' }).click();
    await admin.page.getByRole('region', { name: 'Awaiting your approval' }).getByText('Nothing awaits your approval.').waitFor();
    const phone = await browser.newContext({ viewport: PHONE, locale: 'en-US', timezoneId: ZONE, storageState: await admin.page.context().storageState() });
    const small = await phone.newPage();
    for (const [path, heading, name] of [
      ['/member/partnerships', 'Your program\'s partnerships', 'mission-admin-partnerships-phone'],
      [`/member/partnerships/${partnershipId}`, 'Nagoya – Lyon', 'mission-admin-partnership-phone'],
    ] as const) {
      await small.goto(`${platform.url}${path}`);
      await small.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await visited(small, name);
      const fits = await small.evaluate('document.documentElement.scrollWidth <= window.innerWidth');
      expect({ page: name, fits }).toEqual({ page: name, fits: true });
    }
    await phone.close();

    // The partner side: the contact on their partnership's page.
    await notYetIn(admin, /^Partnership in force/);
    await partner.page.getByRole('link', { name: 'Our partnerships' }).click();
    // Listed twice (what awaits them, and all of them): the one awaiting their approval.
    await partner.page.getByRole('region', { name: 'Awaiting your approval' }).getByRole('link', { name: 'Lyon – Nagoya' }).click();
    await partner.page.getByRole('heading', { name: 'Lyon – Nagoya', level: 1 }).waitFor();
    await partner.page.getByRole('textbox', { name: 'Name of the signatory' }).fill('Grégory Doucet');
    await partner.page.getByRole('textbox', { name: 'Office of the signatory' }).fill('Maire de Lyon');
    await partner.page.getByRole('button', { name: 'Approve version 1' }).click();
    await partner.page.getByText('You approved version 1.').waitFor();
    // In force: the member program's admin hears of it live; staff see it on their page.
    await arrivesLive(admin, /^Partnership in force/);
    await visited(admin.inbox, 'mission-admin-inbox-desktop');
    await staff.reload();
    await staff.getByRole('button', { name: 'Suspend' }).waitFor();
  });

  it('staff create and publish a program, and invite its reviewer from the accounts page', async () => {
    const staff = person('staff').page;
    await staff.goto(`${platform.url}/staff/programs/new`);
    const opens = new Date(Date.now() - 86_400_000);
    programId = await createDraftProgram(staff, {
      title: TITLE,
      season: SEASON,
      opens: localInput(opens),
      closes: localInput(new Date(Date.now() + 30 * 86_400_000)),
      documents: ['Passport copy'],
    });
    await staff.getByRole('button', { name: 'Publish' }).click();
    await staff.getByText('Published', { exact: true }).first().waitFor();

    await invite(PEOPLE.reviewer.email, PEOPLE.reviewer.name, async (form) => {
      await form.getByRole('checkbox', { name: 'Reviewer' }).check();
      // Picked by its title; the form sends its id.
      await form.getByRole('combobox', { name: /Exchange programs they review/ }).fill(TITLE);
      await staff.getByRole('option', { name: new RegExp(`^${TITLE}`) }).click();
    });
    const reviewer = await newPerson();
    people.reviewer = reviewer;
    await acceptInvitation(reviewer.page, await emailedLink(platform, PEOPLE.reviewer.email, 'accept-invitation'), PEOPLE.reviewer.email, PEOPLE.reviewer.password);
    await windowOpened(platform, await staffToken(platform), programId);
  });

  it('an applicant registers, verifies, and applies with a document', async () => {
    const applicant = await newPerson();
    people.applicant = applicant;
    await registerAndVerify(applicant.page, platform, PEOPLE.applicant);
    await applicant.page.goto(`${platform.url}/me/profile`);
    await signIn(applicant.page, PEOPLE.applicant.email, PEOPLE.applicant.password);
    await saveApplicantProfile(applicant.page, { givenName: 'Yuki', familyName: 'Tanaka', city: 'Nagoya', country: 'JP' });
    await applyWithDocument(applicant.page, TITLE);
    await openInbox(applicant);
  });

  it('the reviewer scores the application that staff assigned', async () => {
    const staff = person('staff').page;
    const reviewer = person('reviewer').page;
    await staff.goto(`${platform.url}/staff/review`);
    await staff.getByLabel('Program').selectOption({ label: `${TITLE} (${SEASON})` });
    await setBlindRubric(staff);
    await completeAndAssign(staff, 'Yuki Tanaka', PEOPLE.reviewer.name);

    await reviewer.getByRole('link', { name: 'My reviews' }).click();
    const readings = reviewer.getByRole('region', { name: 'Applications assigned to me' }).getByRole('link');
    await readings.first().click();
    await scoreReading(reviewer, 4);
  });

  it('staff preview and commit the matching; each party hears of it live', async () => {
    const staff = person('staff');
    const partner = person('partner');
    const applicant = person('applicant');
    await staff.page.getByRole('link', { name: 'Matching runs' }).click();
    await staff.page.getByRole('textbox', { name: 'Season', exact: true }).fill(String(SEASON));
    await staff.page.getByRole('button', { name: 'Run a preview' }).click();
    await staff.page.getByRole('heading', { name: `Run for season ${SEASON}` }).waitFor();
    const figure = (label: string) => staff.page.locator('dt').filter({ hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]').textContent();
    await expect(figure('Placed')).resolves.toBe('1');

    const placed = new RegExp(`^You have a place: ${TITLE}`);
    const nominated = new RegExp(`^Participant nominated: ${TITLE}`);
    const committed = new RegExp(`^Matching committed: ${SEASON} season`);
    await notYetIn(applicant, placed);
    await notYetIn(partner, nominated);
    await notYetIn(staff, committed);
    await staff.page.getByRole('button', { name: 'Commit this run' }).click();
    await staff.page.getByRole('dialog', { name: `Commit season ${SEASON}?` }).getByRole('button', { name: 'Commit', exact: true }).click();
    await staff.page.getByText(/^Committed on /).waitFor();

    // The decision is released at the applications service's next tick (no decision date).
    await arrivesLive(staff, committed);
    await arrivesLive(applicant, placed);
    await arrivesLive(partner, nominated);
    await visited(staff.inbox, 'mission-staff-inbox-desktop');
    await visited(applicant.inbox, 'mission-applicant-inbox-desktop');
    await visited(partner.inbox, 'mission-partner-inbox-desktop');
  });

  it('the host city accepts the nominee, the applicant accepts the offer, and the place is confirmed', async () => {
    const partner = person('partner').page;
    const applicant = person('applicant');

    await partner.getByRole('link', { name: 'Incoming participants' }).click();
    const nominee = partner.getByRole('article', { name: 'Yuki Tanaka' });
    await nominee.getByText('Waiting for your answer').waitFor();
    await visited(partner, 'mission-partner-nominee-desktop');
    await nominee.getByRole('button', { name: 'Accept' }).click();
    // Answered, it leaves the list of those waiting, and is among the accepted ones.
    await partner.getByText('No participant here.').waitFor();
    await partner.getByLabel('Show').selectOption('accepted');
    await nominee.getByText('Accepted', { exact: true }).waitFor();
    await screenshot(partner, 'mission-partner-nominee-accepted-desktop');

    await applicant.page.getByRole('link', { name: 'My applications' }).first().click();
    await applicant.page.getByText('You are offered a place', { exact: false }).first().waitFor();
    await visited(applicant.page, 'mission-applicant-offer-desktop');
    const confirmedTitle = new RegExp(`^Your place is confirmed: ${TITLE}`);
    await notYetIn(applicant, confirmedTitle);
    await applicant.page.getByRole('button', { name: 'Accept the place' }).click();
    await applicant.page.getByText('Confirmed', { exact: true }).first().waitFor();
    await visited(applicant.page, 'mission-applicant-confirmed-desktop');
    await arrivesLive(applicant, confirmedTitle);
    await screenshot(applicant.inbox, 'mission-applicant-inbox-confirmed-desktop');
  });
});
