import type { Browser, BrowserContext, Page } from 'playwright-core';
import { dialogFadedIn, DESKTOP, launchChromium, PHONE, visited } from './support/browser';
import { completeAndAssign, createDraftProgram, setBlindRubric, signIn } from './support/console-steps';
import { approvedPartnership, call, expectStatus } from './support/program-fixture';
import { inviteReviewer, staffToken, submittedApplication, windowOpened, type ApplicantSpec } from './support/review-fixture';
import { PLATFORM_SETUP_TIMEOUT_MS, WEB_ADMIN, WebPlatform } from './support/web-platform';

// Staff's and the reviewer's pages in Chromium, as one journey across roles: staff create
// and publish a program in the browser; three applicants apply through the API; staff set
// the rubric, complete the candidacies and assign the reviewer they invited (who accepted
// by the emailed link); the reviewer scores blind; staff preview the season's matching,
// read its explanations and commit it. Then staff take a second program (next season's,
// made through the API) through its course by hand — its application requirements, an
// early close, the changes still allowed, allocation (refused on a stale page), start,
// completion — and cancel the matched one with a reason. Each page is checked by axe and
// photographed.

const TITLE = 'Nagoya–Lyon robotics week';
const SEASON = 2027;
const REVIEWER = { email: 'rita.reviewer@test.scn', displayName: 'Rita Reviewer', password: 'reviewer-password-0123' };
const APPLICANTS: ApplicantSpec[] = [
  { email: 'ana@test.scn', givenName: 'Ana', familyName: 'Arai', homeCityId: 'gn:1856057', homeCountryCode: 'JP' },
  { email: 'ben@test.scn', givenName: 'Ben', familyName: 'Baba', homeCityId: 'gn:1856057', homeCountryCode: 'JP' },
  { email: 'chloe@test.scn', givenName: 'Chloé', familyName: 'Chevalier', homeCityId: 'gn:2996944', homeCountryCode: 'FR' },
];
const ZONE = 'America/New_York';
/** The program staff take through its course by hand: next season's, so this season's matching leaves it alone. */
const SECOND = { title: 'Nagoya–Lyon makers fortnight', renamed: 'Nagoya–Lyon makers fortnight (two cities)', season: SEASON + 1 };
const DAY = 86_400_000;

/** An instant as `<input type="datetime-local">` takes it in the browser's zone. */
const localInput = (at: Date) => at.toLocaleString('sv-SE', { timeZone: ZONE }).replace(' ', 'T').slice(0, 16);

describe('staff and reviewer pages in a browser: program, review, matching', () => {
  let platform: WebPlatform;
  let browser: Browser;
  let staff: Page;
  let reviewer: Page;
  let programId = '';
  let partnershipId = '';
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [platform, browser] = await Promise.all([WebPlatform.start(), launchChromium()]);
    ({ partnershipId } = await approvedPartnership(platform));
    staff = await open(DESKTOP);
    reviewer = await open(DESKTOP);
  }, PLATFORM_SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  async function open(viewport: { width: number; height: number }): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'en-US', timezoneId: ZONE });
    contexts.push(context);
    return context.newPage();
  }


  /** The same page at phone width: photographed, checked, and never wider than the screen. */
  async function onPhone(path: string, heading: string, name: string): Promise<void> {
    const phone = await contexts[0]!.newPage();
    await phone.setViewportSize(PHONE);
    await phone.goto(`${platform.url}${path}`);
    await phone.getByRole('heading', { name: heading }).first().waitFor();
    await expect(phone.evaluate('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(PHONE.width);
    await visited(phone, name);
    await phone.close();
  }

  /** The second program, created and published through the API (its window opened yesterday, closes in a month). */
  async function publishedSecondProgram(token: string): Promise<string> {
    const fields = {
      partnershipId,
      season: SECOND.season,
      category: 'youth-education',
      title: SECOND.title,
      description: 'Two weeks of making things in both cities.',
      languages: ['en'],
      direction: 'reciprocal',
      travelStart: `${SECOND.season}-07-01`,
      travelEnd: `${SECOND.season}-07-14`,
      applicationOpensAt: new Date(Date.now() - DAY).toISOString(),
      applicationClosesAt: new Date(Date.now() + 30 * DAY).toISOString(),
      decisionReleaseAt: null,
      offerResponseDeadline: null,
      capacity: { member: 2, partner: 2 },
      costs: { amount: 100, currency: 'EUR', covers: [] },
      eligibility: { minAge: 16, maxAge: 30, residence: 'any', languages: [], requiredDocuments: ['Passport copy'], maxApplicationsPerSeason: 1 },
    };
    const created = await expectStatus(call(platform, 'POST', '/v1/manage/exchange-programs', token, fields), 201, 'create the second program');
    const id = created['id'] as string;
    await expectStatus(call(platform, 'POST', `/v1/manage/exchange-programs/${id}/publish`, token), 200, 'publish the second program');
    return id;
  }

  /** The names of the step buttons the program's page offers. */
  async function stepsOffered(page: Page): Promise<string[]> {
    const names = ['Publish', 'Close applications now', 'Mark the places allocated', 'Mark the exchange under way', 'Mark the exchange completed', 'Cancel the program…'];
    const shown = await page.getByRole('button').allTextContents();
    return shown.filter((name) => names.includes(name));
  }

  it('lets staff create and publish a program, its window shown in their time zone', async () => {
    await staff.goto(`${platform.url}/staff/programs`);
    await signIn(staff, WEB_ADMIN.email, WEB_ADMIN.password);
    await staff.getByRole('heading', { name: 'Exchange programs' }).waitFor();
    await staff.getByText('No program matches these filters.').waitFor();

    await staff.getByRole('link', { name: 'New program' }).click();
    await staff.getByRole('heading', { name: 'Draft a new exchange program' }).waitFor();
    // The contract's rules are checked on the field before anything is sent.
    await staff.getByRole('button', { name: 'Create the draft' }).click();
    await expect(staff.getByLabel('Title').getAttribute('aria-invalid')).resolves.toBe('true');

    const opens = new Date(Date.now() - 86_400_000);
    opens.setSeconds(0, 0);
    const draft = { title: TITLE, season: SEASON, opens: localInput(opens), closes: localInput(new Date(Date.now() + 30 * 86_400_000)) };
    programId = await createDraftProgram(staff, draft, () => visited(staff, 'staff-program-new-desktop'));
    await staff.getByText('Draft', { exact: true }).first().waitFor();
    // The window is shown in the viewer's zone, as they typed it.
    const shown = opens.toLocaleString('en-US', { timeZone: ZONE, dateStyle: 'medium', timeStyle: 'short' });
    await staff.getByText(new RegExp(`Applications from ${shown.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s/g, '\\s')}`)).waitFor();
    await visited(staff, 'staff-program-draft-desktop');

    await staff.getByRole('button', { name: 'Publish' }).click();
    await staff.getByText('Published', { exact: true }).first().waitFor();
    await windowOpened(platform, await staffToken(platform), programId);
    await staff.reload();
    await staff.getByText(/Applications opened on/).waitFor();
    await visited(staff, 'staff-program-published-desktop');

    await staff.getByRole('link', { name: 'All managed programs' }).click();
    await staff.getByRole('link', { name: TITLE }).waitFor();
    await staff.getByLabel('Status').selectOption('published');
    await staff.getByRole('link', { name: TITLE }).waitFor();
    expect(new URL(staff.url()).searchParams.get('status')).toBe('published');
    await visited(staff, 'staff-programs-desktop');
    await onPhone('/staff/programs?status=published', 'Exchange programs', 'staff-programs-phone');
  });

  it('lets staff set the rubric, complete the candidacies and assign the invited reviewer', async () => {
    const token = await staffToken(platform);
    for (const applicant of APPLICANTS) await submittedApplication(platform, applicant, SEASON, [programId]);
    const link = await inviteReviewer(platform, token, programId, REVIEWER);

    // The reviewer accepts by the emailed link and is signed in.
    await reviewer.goto(link);
    await reviewer.getByLabel('New password').fill(REVIEWER.password);
    await reviewer.getByRole('button', { name: 'Accept and sign in' }).click();
    await reviewer.getByText(`Signed in as ${REVIEWER.email}`).waitFor();

    await staff.goto(`${platform.url}/staff/review`);
    await staff.getByLabel('Program').selectOption({ label: `${TITLE} (${SEASON})` });
    await setBlindRubric(staff);

    for (const applicant of APPLICANTS) {
      const name = `${applicant.givenName} ${applicant.familyName}`;
      await completeAndAssign(staff, name, REVIEWER.displayName);
    }
    await expect(staff.getByText(`${REVIEWER.displayName} — To score`).count()).resolves.toBe(3);
    await visited(staff, 'staff-review-desktop');
    await onPhone(`/staff/review?program=${programId}`, 'Review assignment', 'staff-review-phone');
  });

  it('lets the reviewer score each reading blind, and score one again', async () => {
    await reviewer.getByRole('link', { name: 'My reviews' }).click();
    await reviewer.getByRole('heading', { name: 'My reviews' }).waitFor();
    const readings = reviewer.getByRole('region', { name: 'Applications assigned to me' }).getByRole('link');
    await readings.first().waitFor();
    await expect(readings.count()).resolves.toBe(3);
    // Blind: the API's labels only, never a name it hides.
    for (const applicant of APPLICANTS) await expect(reviewer.getByText(new RegExp(`\\b${applicant.givenName}\\b`)).count()).resolves.toBe(0);
    await visited(reviewer, 'review-readings-desktop');

    const scores = [5, 3, 4];
    for (const [index, score] of scores.entries()) {
      await reviewer.getByRole('region', { name: 'Applications assigned to me' }).getByRole('link').nth(index).click();
      await reviewer.getByRole('heading', { name: 'Your scores' }).waitFor();
      await reviewer.getByText('This reading is blind', { exact: false }).waitFor();
      for (const applicant of APPLICANTS) await expect(reviewer.getByText(new RegExp(`\\b${applicant.familyName}\\b`)).count()).resolves.toBe(0);
      await reviewer.getByRole('radiogroup', { name: /Motivation/ }).getByLabel(String(score)).check();
      await reviewer.getByRole('radiogroup', { name: /Language skills/ }).getByLabel(String(score)).check();
      await reviewer.getByLabel('Comment').fill(`Scored ${score}.`);
      if (index === 0) await visited(reviewer, 'review-reading-desktop');
      await reviewer.getByRole('button', { name: 'Submit my scores' }).click();
      await reviewer.getByText('Your scores are saved.').waitFor();
      await reviewer.getByRole('link', { name: 'All my reviews' }).click();
    }
    await reviewer.getByLabel('Show').selectOption('scored');
    await reviewer.waitForURL(/state=scored/);
    await reviewer.getByRole('region', { name: 'Applications assigned to me' }).getByRole('link').nth(2).waitFor();
    await expect(reviewer.getByRole('region', { name: 'Applications assigned to me' }).getByRole('link').count()).resolves.toBe(3);

    // Scoring again replaces the scores, until the matching is committed.
    await reviewer.getByRole('region', { name: 'Applications assigned to me' }).getByRole('link').first().click();
    await reviewer.getByRole('button', { name: 'Replace my scores' }).waitFor();
    await reviewer.getByRole('radiogroup', { name: /Language skills/ }).getByLabel('4').check();
    await reviewer.getByRole('button', { name: 'Replace my scores' }).click();
    await reviewer.getByText('Your scores are saved.').waitFor();
    const path = new URL(reviewer.url()).pathname;
    const phone = await contexts[1]!.newPage();
    await phone.setViewportSize(PHONE);
    await phone.goto(`${platform.url}${path}`);
    await phone.getByRole('heading', { name: 'Your scores' }).waitFor();
    await expect(phone.evaluate('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(PHONE.width);
    await visited(phone, 'review-reading-phone');
    await phone.close();
  });

  it("lets staff preview the season's matching, read why each applicant got what they got, and commit it", async () => {
    await staff.getByRole('link', { name: 'Matching runs' }).click();
    await staff.getByRole('heading', { name: 'Matching runs' }).waitFor();
    await staff.getByRole('textbox', { name: 'Season', exact: true }).fill(String(SEASON));
    await staff.getByLabel('Lottery seed (optional)').fill('web-spec');
    await staff.getByRole('button', { name: 'Run a preview' }).click();
    await staff.getByRole('heading', { name: `Run for season ${SEASON}` }).waitFor();
    await staff.getByText('Preview', { exact: true }).waitFor();
    const figure = (label: string) => staff.locator('dt').filter({ hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]').textContent();
    await expect(figure('Applicants')).resolves.toBe('3');
    await expect(figure('Placed')).resolves.toBe('2');
    await expect(figure('Unplaced')).resolves.toBe('1');
    // The chart (its own chunk) is drawn; its figures are also written out.
    await staff.locator('.recharts-surface').first().waitFor();
    await staff.getByText(new RegExp(`${TITLE}: member side 1 of 1, partner side 1 of 1 \\(100% filled\\)`)).waitFor();

    const outcomes = staff.getByRole('region', { name: 'Outcomes of the run' });
    await expect(outcomes.getByRole('row').count()).resolves.toBe(4);
    await staff.getByLabel('Outcome', { exact: true }).selectOption('no');
    await outcomes.getByText('Not placed').waitFor();
    await expect(outcomes.getByRole('row').count()).resolves.toBe(2);
    await outcomes.getByText(/full by score \(their rank 2, last admitted 1\); waiting list no\. 1\./).waitFor();
    expect(new URL(staff.url()).searchParams.get('placed')).toBe('no');
    await visited(staff, 'staff-matching-preview-desktop');
    await onPhone(new URL(staff.url()).pathname + new URL(staff.url()).search, `Run for season ${SEASON}`, 'staff-matching-phone');

    await staff.getByRole('button', { name: 'Commit this run' }).click();
    const dialog = staff.getByRole('dialog', { name: `Commit season ${SEASON}?` });
    await dialog.waitFor();
    await dialogFadedIn(staff);
    await visited(staff, 'staff-matching-confirm-desktop');
    await dialog.getByRole('button', { name: 'Commit', exact: true }).click();
    await staff.getByText('Committed', { exact: true }).waitFor();
    await staff.getByText(/^Committed on /).waitFor();
    await expect(staff.getByRole('button', { name: 'Commit this run' }).count()).resolves.toBe(0);
    // The runs made, from the API's list: this one, committed, with its figures, marked as the one shown.
    const listed = staff.getByRole('button', { name: new RegExp(`^Season ${SEASON} · Committed · .* · 3 applicants, 2 placed, 1 unplaced$`) });
    await expect(listed.getAttribute('aria-current')).resolves.toBe('true');
    await visited(staff, 'staff-matching-committed-desktop');
  });

  it('lets staff take a program through its course by hand: requirements, early close, late changes, allocate, start, complete', async () => {
    const secondId = await publishedSecondProgram(await staffToken(platform));
    await staff.goto(`${platform.url}/staff/programs/${secondId}`);
    await staff.getByRole('heading', { name: SECOND.title, level: 1 }).waitFor();
    // Only the steps a published program allows.
    await staff.getByRole('button', { name: 'Close applications now' }).waitFor();
    await expect(stepsOffered(staff)).resolves.toEqual(['Close applications now', 'Cancel the program…']);

    // What applying requires: the applications service learns the program from its events, then the editor shows.
    await staff.getByRole('button', { name: 'Save the requirements' }).waitFor({ timeout: 30_000 });
    await staff.getByRole('textbox', { name: 'Key of document 1' }).waitFor();
    await staff.getByRole('button', { name: 'Add a question' }).click();
    await staff.getByRole('textbox', { name: 'Question 1', exact: true }).fill('T-shirt size');
    await staff.getByRole('textbox', { name: 'Key of question 1' }).fill('size');
    await staff.getByLabel('Type of question 1').selectOption('choice');
    const options = staff.getByRole('combobox', { name: 'Options of question 1' });
    for (const option of ['Small', 'Large']) {
      await options.fill(option);
      await options.press('Enter');
    }
    await staff.getByRole('button', { name: 'Add a question' }).click();
    // Its key left empty: made from the question.
    await staff.getByRole('textbox', { name: 'Question 2', exact: true }).fill('Why this exchange?');
    await staff.getByLabel('Type of question 2').selectOption('long-text');
    await staff.getByRole('textbox', { name: 'Referees to name' }).fill('1');
    await staff.getByRole('button', { name: 'Save the requirements' }).click();
    await staff.getByText('The requirements are saved.').waitFor();
    await visited(staff, 'staff-program-requirements-desktop');
    // Applicants read them so.
    const requirements = await expectStatus(call(platform, 'GET', `/v1/exchange-programs/${secondId}/application-requirements`, null), 200, 'the requirements');
    expect(requirements).toMatchObject({
      source: 'program',
      documents: [{ key: 'passport-copy', label: 'Passport copy' }],
      questions: [
        { key: 'size', type: 'choice', required: true, options: ['Small', 'Large'] },
        { key: 'why-this-exchange', type: 'long-text', required: true },
      ],
      recommendations: 1,
    });

    await staff.getByRole('button', { name: 'Close applications now' }).click();
    await staff.getByRole('button', { name: 'Mark the places allocated' }).waitFor();
    await expect(stepsOffered(staff)).resolves.toEqual(['Mark the places allocated', 'Cancel the program…']);
    // Once closed, four fields may still change; the API's refusal shows its title and the field it names.
    await staff.getByText('The application window has closed: only the title', { exact: false }).waitFor();
    await expect(staff.getByLabel('From the member city').count()).resolves.toBe(0);
    await staff.getByLabel('Decisions released (optional)').fill(`${SECOND.season}-08-01T10:00`);
    await staff.getByRole('button', { name: 'Save the changes' }).click();
    await staff.getByRole('alert').getByText('Please check what you entered').waitFor();
    await expect(staff.getByLabel('Decisions released (optional)').getAttribute('aria-invalid')).resolves.toBe('true');
    await visited(staff, 'staff-program-late-refused-desktop');
    await staff.getByLabel('Decisions released (optional)').fill(`${SECOND.season}-05-01T10:00`);
    await staff.getByLabel('Title').fill(SECOND.renamed);
    await staff.getByRole('button', { name: 'Save the changes' }).click();
    await staff.getByText('The changes are saved.').waitFor();
    await staff.getByRole('heading', { name: SECOND.renamed, level: 1 }).waitFor();

    // A page left open shows a step the program no longer allows: the API refuses it (409),
    // the page says so, with the status it names, and offers the step it now allows.
    const stale = await staff.context().newPage();
    await stale.goto(staff.url());
    await stale.getByRole('button', { name: 'Mark the places allocated' }).waitFor();
    await staff.getByRole('button', { name: 'Mark the places allocated' }).click();
    await staff.getByRole('button', { name: 'Mark the exchange under way' }).waitFor();
    await stale.getByRole('button', { name: 'Mark the places allocated' }).click();
    const refusal = stale.getByRole('alert');
    await refusal.getByText('This conflicts with the current state').waitFor();
    await refusal.getByText('Status: allocated: cannot be allocated').waitFor();
    await stale.getByRole('button', { name: 'Mark the exchange under way' }).waitFor();
    await visited(stale, 'staff-program-step-refused-desktop');
    await stale.close();

    await staff.getByText("Once its places are allocated, a program's details no longer change.").waitFor();
    await staff.getByRole('button', { name: 'Mark the exchange under way' }).click();
    await staff.getByRole('button', { name: 'Mark the exchange completed' }).click();
    await staff.getByText('This program is completed: no step is left.').waitFor();
    await expect(stepsOffered(staff)).resolves.toEqual([]);
    const history = (await staff.getByRole('list', { name: 'History' }).getByRole('listitem').allTextContents()).slice(0, 5);
    expect(history).toEqual([
      expect.stringMatching(/^Completed.*by a manager/),
      expect.stringMatching(/^Exchange under way.*by a manager/),
      expect.stringMatching(/^Places allocated.*by a manager/),
      expect.stringMatching(/^Details changed.*Changed: Title, Decision release date$/),
      expect.stringMatching(/^Applications closed.*by a manager.*Before its closing time$/),
    ]);
    await visited(staff, 'staff-program-completed-desktop');
    await onPhone(`/staff/programs/${secondId}`, SECOND.renamed, 'staff-program-completed-phone');
  });

  it('lets staff cancel the matched program, once a dialog has the reason', async () => {
    await staff.goto(`${platform.url}/staff/programs/${programId}`);
    await staff.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    // The committed run allocated it: its history says so.
    await staff.getByRole('list', { name: 'History' }).getByText(/^Places allocated/).waitFor();
    await staff.getByRole('list', { name: 'History' }).getByText("by the season's matching run", { exact: false }).first().waitFor();
    await expect(stepsOffered(staff)).resolves.toEqual(['Mark the exchange under way', 'Cancel the program…']);

    await staff.getByRole('button', { name: 'Cancel the program…' }).click();
    const dialog = staff.getByRole('dialog', { name: 'Cancel this program?' });
    await dialog.waitFor();
    await dialogFadedIn(staff);
    await visited(staff, 'staff-program-cancel-desktop');
    // Nothing is sent without a reason.
    await dialog.getByRole('button', { name: 'Cancel the program', exact: true }).click();
    await dialog.getByText('Say why the program is cancelled.').waitFor();
    await visited(staff, 'staff-program-cancel-reason-desktop');
    await dialog.getByLabel('Why is it cancelled?').fill('The host families could not be found.');
    await dialog.getByRole('button', { name: 'Cancel the program', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await staff.getByText('Cancelled: The host families could not be found.').waitFor();
    await staff.getByText('This program is cancelled: no step is left.').waitFor();
    await staff.getByRole('list', { name: 'History' }).getByText('Reason: The host families could not be found.').waitFor();
    await visited(staff, 'staff-program-cancelled-desktop');
  });
});
