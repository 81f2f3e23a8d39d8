import type { Browser, BrowserContext, Page } from 'playwright-core';
import { dialogFadedIn, DESKTOP, launchChromium, PHONE, visited } from './support/browser';
import { completeAndAssign, createDraftProgram, setBlindRubric, signIn } from './support/console-steps';
import { approvedPartnership } from './support/program-fixture';
import { inviteReviewer, staffToken, submittedApplication, windowOpened, type ApplicantSpec } from './support/review-fixture';
import { WEB_ADMIN, WebPlatform } from './support/web-platform';

// Staff's and the reviewer's pages in Chromium, as one journey across roles: staff create
// and publish a program in the browser; three applicants apply through the API; staff set
// the rubric, complete the candidacies and assign the reviewer they invited (who accepted
// by the emailed link); the reviewer scores blind; staff preview the season's matching,
// read its explanations and commit it. Each page is checked by axe and photographed.

const TITLE = 'Nagoya–Lyon robotics week';
const SEASON = 2027;
const REVIEWER = { email: 'rita.reviewer@test.scn', displayName: 'Rita Reviewer', password: 'reviewer-password-0123' };
const APPLICANTS: ApplicantSpec[] = [
  { email: 'ana@test.scn', givenName: 'Ana', familyName: 'Arai', homeCityId: 'gn:1856057', homeCountryCode: 'JP' },
  { email: 'ben@test.scn', givenName: 'Ben', familyName: 'Baba', homeCityId: 'gn:1856057', homeCountryCode: 'JP' },
  { email: 'chloe@test.scn', givenName: 'Chloé', familyName: 'Chevalier', homeCityId: 'gn:2996944', homeCountryCode: 'FR' },
];
const ZONE = 'America/New_York';

/** An instant as `<input type="datetime-local">` takes it in the browser's zone. */
const localInput = (at: Date) => at.toLocaleString('sv-SE', { timeZone: ZONE }).replace(' ', 'T').slice(0, 16);

describe('staff and reviewer pages in a browser: program, review, matching', () => {
  let platform: WebPlatform;
  let browser: Browser;
  let staff: Page;
  let reviewer: Page;
  let programId = '';
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [platform, browser] = await Promise.all([WebPlatform.start(), launchChromium()]);
    await approvedPartnership(platform);
    staff = await open(DESKTOP);
    reviewer = await open(DESKTOP);
  });
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
});
