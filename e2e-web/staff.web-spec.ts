import { waitFor } from '@scn/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { dialogFadedIn, DESKTOP, launchChromium, PHONE, screenshot, visited } from './support/browser';
import { PLATFORM_SETUP_TIMEOUT_MS, WEB_ADMIN, WebPlatform } from './support/web-platform';

// Network staff in Chromium against the whole platform: the dashboard counts what was
// made through the API; a partnership is proposed in the browser, signed by both sides
// (through the API, as the parties would), suspended with a reason and seen in its
// history; a member program is registered and its name, website and contacts edited; an
// exchange program is paused with a note and resumed; a program admin is invited and waits
// among the pending invitations. Every page
// is checked by axe and photographed at 1280 and 360 px (no sideways scrolling at 360).

const CITIES = { portland: 'gn:5746545', sapporo: 'gn:2128295', lyon: 'gn:2996944' };
const PROGRAM_NAME = 'Portland Sister Cities';

describe('staff in the web console', () => {
  let platform: WebPlatform;
  let browser: Browser;
  let staffToken: string;
  /** Portland–Lyon, in force from the start: the exchange program paused by hand runs under it. */
  let activePartnershipId: string;
  const contexts: BrowserContext[] = [];

  /** A JSON answer of the API, as loosely typed as the test needs. */
  type Answer = { id: string; versions: Array<{ version: number; termsHash: string }> };

  async function api(method: string, path: string, body?: unknown): Promise<Answer> {
    const response = await fetch(`${platform.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${staffToken}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const answer = (await response.json()) as Answer;
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(answer)}`);
    return answer;
  }

  /** Both sides sign the partnership's current version (what its parties do in their own pages). */
  async function signBothSides(partnershipId: string): Promise<void> {
    const partnership = await api('GET', `/v1/partnerships/${partnershipId}`);
    const { version, termsHash } = partnership.versions[0] ?? { version: 0, termsHash: '' };
    for (const side of ['member', 'partner']) {
      await api('POST', `/v1/partnerships/${partnershipId}/approvals`, { version, termsHash, side, signatoryName: 'Mayor', signatoryOffice: 'Mayor', signedOn: '2026-03-01' });
    }
  }

  beforeAll(async () => {
    [platform, browser] = await Promise.all([WebPlatform.start(), launchChromium()]);
    const login = await fetch(`${platform.url}/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(WEB_ADMIN) });
    staffToken = ((await login.json()) as { accessToken: string }).accessToken;
    // The network before staff open the console: a program in good standing, one partnership proposed, one in force.
    const program = await api('POST', '/v1/member-programs', { name: PROGRAM_NAME, cityId: CITIES.portland, duesPaidThrough: new Date().getUTCFullYear() });
    const terms = { title: 'Sister cities', kind: 'sister_city', focusAreas: ['youth-education'] };
    await api('POST', '/v1/partnerships', { memberProgramId: program.id, partnerCityId: CITIES.sapporo, terms });
    const signed = await api('POST', '/v1/partnerships', { memberProgramId: program.id, partnerCityId: CITIES.lyon, terms });
    await signBothSides(signed.id);
    activePartnershipId = signed.id;
  }, PLATFORM_SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  async function open(viewport: { width: number; height: number }, from?: Page): Promise<Page> {
    const storageState = from ? await from.context().storageState() : undefined;
    const context = await browser.newContext({ viewport, locale: 'en-US', timezoneId: 'America/Chicago', storageState });
    contexts.push(context);
    return context.newPage();
  }


  /** The same page at 360 px, signed in as the same person: checked, photographed, no sideways scrolling. */
  async function onPhone(desktop: Page, name: string, ready: (phone: Page) => Promise<unknown>): Promise<void> {
    const phone = await open(PHONE, desktop);
    await phone.goto(desktop.url());
    await ready(phone);
    await visited(phone, `${name}-phone`);
    expect({ page: name, fits: await phone.evaluate('document.documentElement.scrollWidth <= window.innerWidth') }).toEqual({ page: name, fits: true });
    await phone.context().close();
  }

  let staff: Page;

  it('signs staff in from a guarded page and shows the network in figures', async () => {
    staff = await open(DESKTOP);
    await staff.goto(`${platform.url}/staff`);
    await staff.getByRole('heading', { name: 'Sign in' }).waitFor();
    await staff.getByLabel('Email').fill(WEB_ADMIN.email);
    await staff.locator('input[name="password"]').fill(WEB_ADMIN.password);
    await staff.getByRole('button', { name: 'Sign in' }).last().click();

    await staff.getByRole('heading', { name: 'Network dashboard' }).waitFor();
    const figure = (label: string) => staff.getByText(label, { exact: true }).locator('xpath=..');
    await expect(figure('Active partnerships').innerText()).resolves.toContain('1');
    await expect(figure('Proposed partnerships').innerText()).resolves.toContain('1');
    await expect(figure('Member programs in good standing').innerText()).resolves.toContain('1 of 1');
    // Each chart's figures are a table too (hidden from the eye, read by screen readers).
    const byCountry = staff.getByRole('table', { name: 'Partnerships by partner country' });
    await expect(byCountry.getByRole('row', { name: /Japan/ }).innerText()).resolves.toMatch(/Japan\s+0\s+1\s+0/);
    await expect(byCountry.getByRole('row', { name: /France/ }).innerText()).resolves.toMatch(/France\s+1\s+0\s+0/);
    await staff.getByRole('table', { name: 'Partnerships by state or region (United States)' }).getByRole('row', { name: /OR/ }).waitFor();
    await staff.getByRole('row', { name: /notification-delivery/ }).waitFor();
    await staff.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Queues (Bull Board)' }).waitFor();
    await visited(staff, 'staff-dashboard-desktop');
    await onPhone(staff, 'staff-dashboard', (phone) => phone.getByRole('heading', { name: 'Network dashboard' }).waitFor());
  });

  it('proposes a partnership with the gazetteer’s city picker, suspends it once signed, and shows its history', async () => {
    await staff.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Partnerships', exact: true }).click();
    await staff.getByRole('heading', { name: 'Partnerships', exact: true }).waitFor();
    await staff.getByRole('cell', { name: /Lyon/ }).waitFor();
    await staff.getByLabel('Status').selectOption('proposed');
    await staff.waitForURL(/status=proposed/);
    await staff.getByRole('cell', { name: /Lyon/ }).waitFor({ state: 'detached' });
    await expect(staff.getByRole('row').count()).resolves.toBe(2);
    await visited(staff, 'staff-partnerships-desktop');

    await staff.getByRole('link', { name: 'Propose a partnership' }).click();
    await staff.getByRole('heading', { name: 'Propose a partnership' }).waitFor();
    // The contract's rules (the API's own schema) on their fields, before anything is sent.
    await staff.getByRole('button', { name: 'Propose', exact: true }).click();
    await staff.getByText('must be a valid id').waitFor();
    await staff.getByRole('combobox', { name: 'Member program' }).fill('Portland');
    await staff.getByRole('option', { name: `${PROGRAM_NAME} (Portland)` }).click();
    await staff.getByRole('combobox', { name: 'Partner city abroad' }).fill('Nagoya');
    await staff.getByRole('option', { name: 'Nagoya (JP)' }).click();
    await staff.getByRole('textbox', { name: 'Title' }).fill('Portland–Nagoya friendship');
    await staff.getByRole('checkbox', { name: 'Arts and culture' }).check();
    await visited(staff, 'staff-propose-desktop');
    await staff.getByRole('button', { name: 'Propose', exact: true }).click();

    await staff.getByRole('heading', { name: 'Portland – Nagoya' }).waitFor();
    await staff.getByText('Proposed', { exact: true }).first().waitFor();
    const partnershipId = new URL(staff.url()).pathname.split('/').pop() ?? '';
    await signBothSides(partnershipId);
    await staff.reload();
    await staff.getByRole('button', { name: 'Suspend' }).waitFor();
    await visited(staff, 'staff-partnership-active-desktop');
    await staff.getByRole('button', { name: 'Suspend' }).click();
    const dialog = staff.getByRole('dialog', { name: 'Suspend this partnership?' });
    // A reason is required before anything is sent.
    await dialog.getByRole('button', { name: 'Suspend' }).click();
    await dialog.getByText('Say why (both sides will read it)').waitFor();
    await dialog.getByLabel('Reason').fill('The city council paused all twinnings.');
    // The page behind the dialog is dimmed on purpose: its picture only (axe would measure the dimmed contrast).
    await screenshot(staff, 'staff-suspend-dialog-desktop');
    await dialog.getByRole('button', { name: 'Suspend' }).click();
    await dialog.waitFor({ state: 'detached' });

    await staff.getByRole('button', { name: 'Reactivate' }).waitFor();
    const history = staff.getByRole('list', { name: 'History' });
    await history.getByText('Reason: The city council paused all twinnings.').waitFor();
    await expect(history.locator('.mantine-Timeline-itemTitle').allInnerTexts()).resolves.toEqual(['Proposed', 'Signed', 'Signed', 'Suspended']);
    await visited(staff, 'staff-partnership-desktop');
    await onPhone(staff, 'staff-partnership', (phone) => phone.getByRole('button', { name: 'Reactivate' }).waitFor());
  });

  it('lists member programs with their standing, filtered in the URL', async () => {
    await staff.goto(`${platform.url}/staff/member-programs?standing=good`);
    await staff.getByRole('link', { name: PROGRAM_NAME }).click();
    await staff.getByRole('heading', { name: PROGRAM_NAME }).waitFor();
    await staff.getByText('In good standing').first().waitFor();
    const partnerships = staff.locator('[aria-label="Partnerships"]');
    await partnerships.getByRole('link', { name: /Nagoya/ }).waitFor();
    await expect(partnerships.getByRole('row').count()).resolves.toBe(4);
    await visited(staff, 'staff-member-program-desktop');
    await onPhone(staff, 'staff-member-program', (phone) => phone.getByRole('heading', { name: PROGRAM_NAME }).waitFor());
  });

  it('registers a member program, then edits its name, website and contacts', async () => {
    await staff.goto(`${platform.url}/staff/member-programs`);
    await staff.getByRole('link', { name: 'Register a member program' }).click();
    await staff.getByRole('heading', { name: 'Register a member program' }).waitFor();
    // Nothing is sent without a city and a name.
    await staff.getByRole('button', { name: 'Register the program' }).click();
    await staff.getByText('Pick the program’s city.').waitFor();
    await staff.getByRole('combobox', { name: 'City' }).fill('Sapporo');
    await staff.getByRole('option', { name: 'Sapporo (JP)' }).click();
    await staff.getByRole('textbox', { name: 'Program name' }).fill('Sapporo Twinning Society');
    await staff.getByRole('textbox', { name: 'Website' }).fill('https://twinning.sapporo.test');
    await staff.getByRole('button', { name: 'Add a contact' }).click();
    await staff.getByRole('textbox', { name: 'Name', exact: true }).fill('Haruto Sato');
    await staff.getByRole('textbox', { name: 'Email' }).fill('haruto@sapporo.test');
    await visited(staff, 'staff-register-program-desktop');
    await onPhone(staff, 'staff-register-program', (phone) => phone.getByRole('heading', { name: 'Register a member program' }).waitFor());
    await staff.getByRole('button', { name: 'Register the program' }).click();

    await staff.getByRole('heading', { name: 'Sapporo Twinning Society' }).waitFor();
    await staff.getByText('haruto@sapporo.test').waitFor();
    await staff.getByRole('button', { name: 'Edit name, website and contacts' }).click();
    const form = staff.getByRole('form', { name: 'Edit name, website and contacts' });
    await form.getByRole('textbox', { name: 'Program name' }).fill('Sapporo Sister City Society');
    await form.getByRole('textbox', { name: 'Website' }).fill('');
    await form.getByRole('button', { name: 'Add a contact' }).click();
    const second = form.getByRole('group', { name: 'Contact 2' });
    await second.getByRole('textbox', { name: 'Name', exact: true }).fill('Yui Tanaka');
    // The contract's rule on its field before anything is sent.
    await second.getByRole('textbox', { name: 'Email' }).fill('yui-at-sapporo');
    await form.getByRole('button', { name: 'Save name, website and contacts' }).click();
    await second.getByText('must be an email address').waitFor();
    await second.getByRole('textbox', { name: 'Email' }).fill('yui@sapporo.test');
    await second.getByRole('combobox', { name: 'Language of their emails' }).selectOption('de');
    await visited(staff, 'staff-member-program-edit-desktop');
    await form.getByRole('button', { name: 'Save name, website and contacts' }).click();
    await staff.getByRole('heading', { name: 'Sapporo Sister City Society' }).waitFor();
    await staff.getByText('yui@sapporo.test').waitFor();
    await expect(staff.getByRole('link', { name: 'https://twinning.sapporo.test' }).count()).resolves.toBe(0);
    await onPhone(staff, 'staff-member-program-edited', (phone) => phone.getByRole('heading', { name: 'Sapporo Sister City Society' }).waitFor());
  });

  it('pauses an exchange program with a note in a dialog, and resumes it', async () => {
    const day = 86_400_000;
    const fields = {
      partnershipId: activePartnershipId,
      season: 2027,
      category: 'arts-culture',
      title: 'Portland–Lyon arts week',
      description: 'A week of workshops.',
      languages: ['en', 'fr'],
      direction: 'reciprocal',
      travelStart: '2027-07-01',
      travelEnd: '2027-07-08',
      applicationOpensAt: new Date(Date.now() + day).toISOString(),
      applicationClosesAt: new Date(Date.now() + 60 * day).toISOString(),
      capacity: { member: 4, partner: 4 },
      costs: { amount: 0, currency: 'USD', covers: [] },
      eligibility: { minAge: 16, maxAge: 99, residence: 'any', languages: [], requiredDocuments: [], maxApplicationsPerSeason: 1 },
    };
    // The exchanges service learns the partnership from its events: until then it answers 404.
    const programId = await waitFor('the exchanges service to know the partnership', async () => {
      try {
        return (await api('POST', '/v1/manage/exchange-programs', fields)).id;
      } catch (error) {
        if (String(error).includes(': 404 ')) return undefined;
        throw error;
      }
    });
    await api('POST', `/v1/manage/exchange-programs/${programId}/publish`);

    await staff.goto(`${platform.url}/staff/programs/${programId}`);
    await staff.getByRole('heading', { name: 'Portland–Lyon arts week' }).waitFor();
    await staff.getByRole('button', { name: 'Pause the program…' }).click();
    const dialog = staff.getByRole('dialog', { name: 'Pause this program?' });
    await dialogFadedIn(staff);
    await visited(staff, 'staff-pause-dialog-desktop');
    // A note is required before anything is sent.
    await dialog.getByRole('button', { name: 'Pause the program' }).click();
    await dialog.getByText('Say why the program is paused.').waitFor();
    await dialog.getByRole('textbox', { name: 'Why is it paused?' }).fill('The venue is closed for repairs.');
    await dialog.getByRole('button', { name: 'Pause the program' }).click();
    await dialog.waitFor({ state: 'detached' });

    await staff.getByText('Applications are paused').waitFor();
    await staff.getByText('Note: The venue is closed for repairs.').waitFor();
    await staff.getByRole('list', { name: 'History' }).getByText('The venue is closed for repairs.', { exact: false }).first().waitFor();
    const paused = (await api('GET', `/v1/manage/exchange-programs/${programId}`)) as unknown as { paused: boolean; pauseCause: { code: string } | null };
    expect(paused).toMatchObject({ paused: true, pauseCause: { code: 'paused-by-manager' } });
    await visited(staff, 'staff-program-paused-desktop');
    await onPhone(staff, 'staff-program-paused', (phone) => phone.getByRole('button', { name: 'Resume the program' }).waitFor());

    await staff.getByRole('button', { name: 'Resume the program' }).click();
    await staff.getByText('Resumed: the program takes applications again while its window is open.').waitFor();
    await staff.getByRole('button', { name: 'Pause the program…' }).waitFor();
    const resumed = (await api('GET', `/v1/manage/exchange-programs/${programId}`)) as unknown as { paused: boolean };
    expect(resumed.paused).toBe(false);
  });

  it('invites a program admin for a member program and shows the invitation pending', async () => {
    const email = `program-admin-${Date.now()}@test.scn`;
    await staff.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Accounts and invitations' }).click();
    await staff.getByRole('heading', { name: 'Accounts, invitations and roles' }).waitFor();
    await staff.getByText('No invitation is waiting.').waitFor();
    const invite = staff.getByRole('form', { name: 'Invite a person' });
    await invite.getByRole('textbox', { name: 'Email' }).fill(email);
    await invite.getByLabel('Their name').fill('Pat Admin');
    await invite.getByRole('checkbox', { name: 'Program admin' }).check();
    // A scoped role names its scope: the API says so on the field when it is missing (rule scope_required, worded by the console).
    await invite.getByRole('button', { name: 'Send the invitation' }).click();
    await invite.getByText('must name at least one member program').waitFor();
    await invite.getByRole('combobox', { name: 'Add a member program' }).fill('Portland');
    await staff.getByRole('option', { name: `${PROGRAM_NAME} (Portland)` }).click();
    await invite.getByRole('button', { name: 'Send the invitation' }).click();
    await invite.getByText(`${email} is invited`, { exact: false }).waitFor();

    const pending = staff.getByRole('list', { name: 'Pending invitations' });
    await pending.getByText(email).waitFor();
    await expect(pending.innerText()).resolves.toContain('Program admin');
    await visited(staff, 'staff-accounts-desktop');
    await onPhone(staff, 'staff-accounts', (phone) => phone.getByRole('list', { name: 'Pending invitations' }).getByText(email).waitFor());
  });
});
