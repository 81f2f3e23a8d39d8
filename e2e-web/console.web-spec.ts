import { waitFor } from '@scn/testing';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { dialogFadedIn, DESKTOP, launchChromium, PHONE, screenshot, visited } from './support/browser';
import { FIXTURE_PROGRAM, insertDirectoryFixture } from './support/directory-fixture';
import { applyWithDocument, registerAndVerify, signIn } from './support/console-steps';
import { APPLY_PROGRAM_TITLE, call, expectStatus, publishApplyProgram } from './support/program-fixture';
import { PLATFORM_SETUP_TIMEOUT_MS, WEB_ADMIN, WebPlatform } from './support/web-platform';

// The web console in Chromium against the whole platform: the public directory and its
// filters, then an applicant's registration, the verification link from the email, and
// signing in. Every page visited is checked by axe and photographed at desktop and phone width.

describe('the web console in a browser', () => {
  let platform: WebPlatform;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [platform, browser] = await Promise.all([WebPlatform.start(), launchChromium()]);
    const db = platform.partnershipsDb();
    try {
      await insertDirectoryFixture(db);
    } finally {
      await db.$disconnect();
    }
  }, PLATFORM_SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  async function open(viewport: { width: number; height: number }, locale = 'en-US'): Promise<Page> {
    const context = await browser.newContext({ viewport, locale, timezoneId: 'America/New_York' });
    contexts.push(context);
    return context.newPage();
  }

  /** Staff give the program a questionnaire (a choice and a yes/no question), keeping its documents. */
  async function askQuestions(programId: string): Promise<void> {
    const login = await expectStatus(call(platform, 'POST', '/v1/auth/login', null, WEB_ADMIN), 200, 'staff sign-in');
    const staff = login['accessToken'] as string;
    const path = `/v1/manage/exchange-programs/${programId}/application-requirements`;
    // The applications service learns the program from its events: until then it answers 404.
    const current = await waitFor('the applications service to know the program', async () => {
      const answer = await call(platform, 'GET', path, staff);
      return answer.status === 200 ? answer.body : undefined;
    });
    const questions = [
      { key: 'size', label: 'T-shirt size', type: 'choice', required: true, options: ['Small', 'Medium', 'Large'] },
      { key: 'vegetarian', label: 'Are you vegetarian?', type: 'yes-no', required: true },
    ];
    await expectStatus(call(platform, 'PUT', path, staff, { documents: current['documents'], questions, recommendations: 0 }), 200, 'set the questionnaire');
  }


  it('shows the directory and narrows it by country, city and member program, kept in the URL', async () => {
    const page = await open(DESKTOP);
    await page.goto(`${platform.url}/`);
    await page.getByRole('heading', { name: 'Partnership directory' }).waitFor();
    await page.getByText('5 partnerships').waitFor();
    await visited(page, 'directory-desktop');

    // Keyboard only: the first Tab reaches the skip link, which takes the focus to the page.
    await page.keyboard.press('Tab');
    await expect(page.evaluate('document.activeElement?.textContent')).resolves.toBe('Skip to content');
    await page.keyboard.press('Enter');
    await expect(page.evaluate('document.activeElement?.id')).resolves.toBe('main');

    await page.getByLabel('Country').selectOption('JP');
    await page.getByText('2 partnerships').waitFor();
    expect(new URL(page.url()).searchParams.get('country')).toContain('JP');
    await expect(page.getByRole('cell', { name: /Sapporo/ }).count()).resolves.toBe(1);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByText('5 partnerships').waitFor();
    // A city is picked by typing its name; the URL keeps its gazetteer id.
    await page.getByRole('combobox', { name: 'City' }).fill('Nagoya');
    await page.getByRole('option', { name: 'Nagoya (JP)' }).click();
    await page.getByText('1 partnership', { exact: true }).waitFor();
    expect(new URL(page.url()).searchParams.get('city')).toContain('gn:1856057');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByText('5 partnerships').waitFor();
    await page.getByRole('button', { name: `Show only the partnerships of ${FIXTURE_PROGRAM.name}` }).first().click();
    await page.getByText('2 partnerships').waitFor();
    expect(new URL(page.url()).searchParams.get('memberProgram')).toContain(FIXTURE_PROGRAM.id);
    await visited(page, 'directory-filtered-desktop');

    // The same URL opened afresh shows the same result: the filters live in the URL.
    const phone = await open(PHONE);
    await phone.goto(page.url());
    await phone.getByText('2 partnerships').waitFor();
    await visited(phone, 'directory-phone');

    // A lost connection is said, and the page catches up when it comes back.
    await phone.context().setOffline(true);
    await phone.getByLabel('Sort by').selectOption('-startDate');
    await phone.getByText('Connection lost. Retrying…').waitFor();
    await screenshot(phone, 'directory-offline-phone');
    await phone.context().setOffline(false);
    await phone.getByText('Connection lost. Retrying…').waitFor({ state: 'detached' });
    await phone.getByRole('row').nth(1).getByText('Zürich').waitFor();
  });

  it('registers an applicant, verifies the address from the emailed link, and signs in', async () => {
    const email = `applicant-${Date.now()}@test.scn`;
    const password = 'a-long-applicant-password';
    const page = await open(PHONE);

    await page.goto(`${platform.url}/register`);
    await page.getByRole('heading', { name: 'Create an applicant account' }).waitFor();
    await visited(page, 'register-phone');
    await page.getByLabel('Your name').fill('Ada Applicant');
    await page.getByLabel('Email').fill(email);
    await page.locator('input[name="password"]').fill('short');
    await page.getByRole('button', { name: 'Register' }).click();
    // The contract's own rule, shown on its field before anything is sent.
    await page.getByText('must be at least 12 characters').waitFor();
    await page.locator('input[name="password"]').fill(password);
    await page.getByRole('button', { name: 'Register' }).click();
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();

    const link = (await platform.emailTo(email)).match(/https?:\/\/\S+\/verify-email\?token=[\w-]+/)?.[0];
    expect(link).toBeDefined();
    await page.goto(link ?? '');
    await page.getByText(`Your address ${email} is verified`).waitFor();
    await visited(page, 'verify-email-phone');

    await page.getByRole('link', { name: 'Sign in' }).last().click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await expect(page.getByLabel('Email').inputValue()).resolves.toBe(email);
    await page.locator('input[name="password"]').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).last().click();
    // A refusal of the API is shown as its problem's title, not as raw JSON.
    await page.getByRole('alert').waitFor();
    await visited(page, 'sign-in-refused-phone');
    await page.locator('input[name="password"]').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).last().click();
    await page.getByRole('heading', { name: 'Partnership directory' }).waitFor();
    // On a phone the account actions are in the navigation drawer.
    await page.getByRole('button', { name: 'Toggle navigation' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
  });

  it('shows the exchange-program catalogue and the other emailed-link pages in French and German', async () => {
    const page = await open(DESKTOP, 'fr-FR');
    await page.goto(`${platform.url}/programs`);
    await page.getByRole('heading', { name: 'Programmes d’échange' }).waitFor();
    await page.getByText('Aucun programme ne correspond à ces filtres.').waitFor();
    await visited(page, 'programs-desktop-fr');

    const german = await open(PHONE, 'de-DE');
    await german.goto(`${platform.url}/accept-invitation?token=${'x'.repeat(40)}`);
    await german.getByRole('heading', { name: 'Einladung annehmen' }).waitFor();
    await german.getByLabel('Neues Passwort').fill('a-long-enough-password');
    await german.getByRole('button', { name: 'Annehmen und anmelden' }).click();
    // An unknown token: the API's problem, on the page.
    await german.getByRole('alert').waitFor();
    await visited(german, 'accept-invitation-phone-de');

    await page.goto(`${platform.url}/reset-password`);
    await page.getByRole('heading', { name: 'Réinitialiser votre mot de passe' }).waitFor();
    await visited(page, 'reset-password-desktop-fr');
  });

  it('takes an applicant from registration to a submitted application with a document', async () => {
    const programReady = publishApplyProgram(platform);
    const email = `journey-${Date.now()}@test.scn`;
    const password = 'a-long-applicant-password';
    const page = await open(DESKTOP);

    await registerAndVerify(page, platform, { name: 'Yuki Applicant', email, password });

    // A guarded page sends the signed-out visitor to sign in, then back to it.
    await page.goto(`${platform.url}/me/profile`);
    await signIn(page, email, password);
    await page.getByRole('heading', { name: 'My applicant profile' }).waitFor();

    // The profile: the API's field errors land on their fields, then it is saved.
    await page.getByLabel('Given name').fill('Yuki');
    await page.getByLabel('Family name').fill('Tanaka');
    await page.getByLabel('Date of birth').fill('2000-05-01');
    await page.getByRole('combobox', { name: 'Home city' }).fill('Nagoya');
    await page.getByRole('option', { name: /^Nagoya.*\(JP\)$/ }).first().click();
    await page.getByRole('button', { name: 'Add a language' }).click();
    const contact = page.getByRole('group', { name: 'Emergency contact' });
    await contact.getByLabel('Name').fill('Aiko Tanaka');
    await contact.getByLabel('Relationship to you').fill('mother');
    await contact.getByLabel('Phone').fill('x');
    await page.getByRole('button', { name: 'Save my profile' }).click();
    await page.getByRole('alert').first().waitFor();
    await expect(contact.getByLabel('Phone').getAttribute('aria-invalid')).resolves.toBe('true');
    await contact.getByLabel('Phone').fill('+81 52 000 0000');
    await page.getByRole('button', { name: 'Save my profile' }).click();
    await page.getByText('Your profile is saved.').waitFor();
    await visited(page, 'applicant-profile-desktop');

    // Follow the program from its page (the notifications service learns it from the program's
    // events: until then the page offers no button), then find it among the programs followed.
    const programId = await programReady;
    // The catalogue finds it by a language it is held in and an age within its range (16–30),
    // and leaves it out for an age outside it.
    await page.goto(`${platform.url}/programs`);
    await page.getByLabel('Language of the exchange').selectOption('fr');
    await page.getByRole('textbox', { name: 'Age' }).fill('20');
    await page.waitForURL(/language=fr.*age=20|age=20.*language=fr/);
    await page.getByRole('link', { name: APPLY_PROGRAM_TITLE }).waitFor();
    await visited(page, 'programs-filtered-desktop');
    await page.getByRole('textbox', { name: 'Age' }).fill('40');
    await page.waitForURL(/age=40/);
    await page.getByRole('link', { name: APPLY_PROGRAM_TITLE }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForURL((url) => url.pathname === '/programs' && url.search === '');
    await expect(page.getByRole('textbox', { name: 'Age' }).inputValue()).resolves.toBe('');
    await waitFor('the follow button on the program page', async () => {
      await page.goto(`${platform.url}/programs/${programId}`);
      await page.getByRole('heading', { name: APPLY_PROGRAM_TITLE }).waitFor();
      const follow = page.getByRole('button', { name: `Follow ${APPLY_PROGRAM_TITLE}` });
      return (await follow.isEnabled({ timeout: 2_000 }).catch(() => false)) ? true : undefined;
    }, { timeoutMs: 30_000, intervalMs: 500 });
    await page.getByRole('button', { name: `Follow ${APPLY_PROGRAM_TITLE}` }).press('Enter');
    await page.getByText('You follow this program', { exact: false }).waitFor();
    await visited(page, 'applicant-program-following-desktop');
    await page.getByRole('link', { name: 'Programs I follow' }).click();
    await page.getByRole('heading', { name: 'Programs I follow' }).waitFor();
    await page.getByRole('region', { name: 'Programs you follow' }).getByRole('link', { name: APPLY_PROGRAM_TITLE }).waitFor();
    await visited(page, 'applicant-followed-desktop');

    // The program asks two questions as well as its document (set by staff through the API).
    await askQuestions(programId);

    // Apply: choose the program, rank it, upload its document with the keyboard-reachable file
    // input, answer the questionnaire by keyboard (a choice's radio buttons, a yes/no switch), submit.
    const shots = { choose: 'applicant-apply-choose-desktop', requirements: 'applicant-apply-requirements-desktop', submit: 'applicant-apply-submit-desktop' } as const;
    // The submission goes through but its answer is lost (the gateway gave up waiting, as
    // under CI run 27's load): the page asks where the application stands and shows it submitted.
    const lostAnswer = await loseTheAnswerToTheSubmission(page);
    await applyWithDocument(page, APPLY_PROGRAM_TITLE, async (step) => {
      if (step === 'requirements') {
        const size = page.getByRole('radiogroup', { name: /T-shirt size/ });
        await size.getByRole('radio', { name: 'Small' }).focus();
        await page.keyboard.press('ArrowDown');
        await expect(size.getByRole('radio', { name: 'Medium' }).isChecked()).resolves.toBe(true);
        await page.keyboard.press('Tab');
        await expect(page.evaluate('document.activeElement && document.activeElement.getAttribute("role")')).resolves.toBe('switch');
        await page.keyboard.press('Space');
        await expect(page.getByRole('switch', { name: 'Are you vegetarian?' }).isChecked()).resolves.toBe(true);
        const saved = page.waitForResponse((response) => response.url().includes('/answers/') && response.request().method() === 'PUT');
        await page.getByRole('button', { name: 'Save my answers' }).click();
        expect((await saved).status()).toBe(200);
      }
      await visited(page, shots[step]);
    });

    expect(lostAnswer.lost).toBe(true);
    await page.unroute(SUBMISSION_ROUTE);
    await page.getByRole('link', { name: 'My applications' }).first().click();
    await page.getByRole('heading', { name: 'Season 2027' }).waitFor();
    await page.getByText('Submitted', { exact: true }).waitFor();
    // The uploaded document comes back as uploaded, under its name.
    const [uploaded] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download passport.pdf' }).click()]);
    expect(uploaded.suggestedFilename()).toBe('passport.pdf');
    expect(readFileSync(await uploaded.path()).subarray(0, 5).toString()).toBe('%PDF-');
    await visited(page, 'applicant-applications-desktop');
    // Their data, as one JSON file.
    await page.getByRole('link', { name: 'My data' }).click();
    await page.getByRole('heading', { name: 'My data' }).waitFor();
    const [data] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my data (JSON)' }).click()]);
    expect(data.suggestedFilename()).toBe('applicant-data.json');
    const exported = JSON.parse(readFileSync(await data.path(), 'utf8')) as {
      format: string;
      profile: { givenName: string };
      applications: Array<{ answers: Array<{ answers: Record<string, unknown> }> }>;
    };
    expect({ format: exported.format, givenName: exported.profile.givenName, applications: exported.applications.length }).toEqual({
      format: 'scn.applicant-data.v1',
      givenName: 'Yuki',
      applications: 1,
    });
    expect(exported.applications[0]?.answers[0]?.answers).toEqual({ size: 'Medium', vegetarian: true });
    await visited(page, 'applicant-data-desktop');
    await page.getByRole('link', { name: 'Inbox' }).click();
    await page.getByRole('heading', { name: 'Inbox' }).waitFor();
    await visited(page, 'applicant-inbox-desktop');
    await page.getByRole('link', { name: 'Notification settings' }).click();
    await page.getByRole('heading', { name: 'Notification settings' }).waitFor();
    await visited(page, 'applicant-preferences-desktop');

    // The same pages at 360 px, signed in as the same person.
    const phone = await browser.newContext({ viewport: PHONE, locale: 'en-US', timezoneId: 'America/New_York', storageState: await page.context().storageState() });
    contexts.push(phone);
    const small = await phone.newPage();
    for (const [path, heading, name] of [
      ['/me/profile', 'My applicant profile', 'applicant-profile-phone'],
      ['/me/apply', 'Apply to exchange programs', 'applicant-apply-phone'],
      ['/me/applications', 'My applications', 'applicant-applications-phone'],
      ['/me/followed-programs', 'Programs I follow', 'applicant-followed-phone'],
      ['/me/data', 'My data', 'applicant-data-phone'],
      ['/me/inbox', 'Inbox', 'applicant-inbox-phone'],
      ['/me/notification-preferences', 'Notification settings', 'applicant-preferences-phone'],
    ] as const) {
      await small.goto(`${platform.url}${path}`);
      await small.getByRole('heading', { name: heading }).waitFor();
      await visited(small, name);
      // 360 px without scrolling sideways.
      const fits = await small.evaluate('document.documentElement.scrollWidth <= window.innerWidth');
      expect({ page: name, fits }).toEqual({ page: name, fits: true });
    }

    // Last, the erasure: the dialog names what goes, nothing is sent before it is confirmed;
    // then the person is signed out and the account cannot sign in again.
    await page.goto(`${platform.url}/me/data`);
    await page.getByRole('button', { name: 'Erase my account…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Erase your account for good?' });
    await dialog.getByText(/^your profile: name, birth date/).waitFor();
    await dialogFadedIn(page);
    await visited(page, 'applicant-erase-dialog-desktop');
    await dialog.getByRole('checkbox', { name: 'I understand that this cannot be undone' }).check();
    await dialog.getByRole('button', { name: 'Erase my account' }).click();
    await page.getByText('Your data is erased').waitFor();
    await page.getByText(/One application is kept as an anonymous count/).waitFor();
    await page.getByRole('link', { name: 'Sign in' }).first().waitFor();
    await waitFor('the erased account to be closed', async () => ((await call(platform, 'POST', '/v1/auth/login', null, { email, password })).status === 401 ? true : undefined));
  });
});

const SUBMISSION_ROUTE = '**/v1/me/applications/*/submission';

/**
 * The first submission the API accepts reaches the browser as the gateway's 504 (it gave up
 * waiting for the applications service, which went on and submitted). A refusal (the window
 * not yet known) passes through as it is. `lost` says whether it happened.
 */
async function loseTheAnswerToTheSubmission(page: Page): Promise<{ lost: boolean }> {
  const state = { lost: false };
  await page.route(SUBMISSION_ROUTE, async (route) => {
    const response = await route.fetch();
    if (state.lost || !response.ok()) return route.fulfill({ response });
    state.lost = true;
    return route.fulfill({
      status: 504,
      contentType: 'application/problem+json',
      json: { type: 'urn:scn:problem:rpc.timeout', title: 'Gateway Timeout', status: 504, code: 'RPC.TIMEOUT', detail: 'applications did not answer in time', correlationId: '' },
    });
  });
  return state;
}
