import { waitFor } from '@scn/testing';
import type { Page } from 'playwright-core';
import { PASSPORT_PDF } from './program-fixture';
import type { WebPlatform } from './web-platform';

// What people do in the console, step by step, as more than one browser spec does it:
// signing in, accepting an emailed invitation, registering and verifying, filling in the
// applicant's profile, applying with a document, and staff drafting a program. Kept here so
// the role specs and the mission's journey drive the pages the same way.

const LINK = (page: string) => new RegExp(`https?://\\S+/${page}\\?token=[\\w-]+`);

/** The emailed link to `page` (`accept-invitation`, `verify-email`) found among every email to the address. */
export function emailedLink(platform: WebPlatform, address: string, page: string): Promise<string> {
  // Other emails may come first (an invited partner contact hears of their city's
  // partnerships): the link is looked for in each, not only the newest.
  return waitFor(
    `the ${page} email to ${address}`,
    async () =>
      platform.mail
        .to(address)
        .map((message) => (message.part('text/plain') ?? message.raw).match(LINK(page))?.[0])
        .find((link) => link !== undefined),
    { timeoutMs: 30_000, intervalMs: 200 },
  );
}

/** Fills in the sign-in page the browser shows (a guarded page sends there first). */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await page.getByLabel('Email').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).last().click();
}

/** Opens an emailed invitation, chooses the password: the account is active and signed in. */
export async function acceptInvitation(page: Page, link: string, email: string, password: string): Promise<void> {
  await page.goto(link);
  await page.getByRole('heading', { name: 'Accept your invitation' }).waitFor();
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: 'Accept and sign in' }).click();
  await page.getByText(`Signed in as ${email}`).waitFor();
}

/** Registers an applicant and opens the verification link from their email. */
export async function registerAndVerify(page: Page, platform: WebPlatform, who: { name: string; email: string; password: string }): Promise<void> {
  await page.goto(`${platform.url}/register`);
  await page.getByLabel('Your name').fill(who.name);
  await page.getByLabel('Email').fill(who.email);
  await page.locator('input[name="password"]').fill(who.password);
  await page.getByRole('button', { name: 'Register' }).click();
  await page.getByRole('heading', { name: 'Check your email' }).waitFor();
  await page.goto(await emailedLink(platform, who.email, 'verify-email'));
  await page.getByText(`Your address ${who.email} is verified`).waitFor();
}

/** The profile page's required fields, saved: a home city picked by name from the gazetteer. */
export async function saveApplicantProfile(page: Page, who: { givenName: string; familyName: string; city: string; country: string }): Promise<void> {
  await page.getByRole('heading', { name: 'My applicant profile' }).waitFor();
  await page.getByLabel('Given name').fill(who.givenName);
  await page.getByLabel('Family name').fill(who.familyName);
  await page.getByLabel('Date of birth').fill('2000-05-01');
  await page.getByRole('combobox', { name: 'Home city' }).fill(who.city);
  await page.getByRole('option', { name: new RegExp(`^${who.city}.*\\(${who.country}\\)$`) }).first().click();
  await page.getByRole('button', { name: 'Add a language' }).click();
  const contact = page.getByRole('group', { name: 'Emergency contact' });
  await contact.getByLabel('Name').fill('Aiko Tanaka');
  await contact.getByLabel('Relationship to you').fill('mother');
  await contact.getByLabel('Phone').fill('+81 52 000 0000');
  await page.getByRole('button', { name: 'Save my profile' }).click();
  await page.getByText('Your profile is saved.').waitFor();
}

/**
 * Applies to one program from the apply page: chosen, its document uploaded, submitted.
 * The applications service learns that the window opened from the exchanges service's event,
 * a moment after the exchanges service itself: until then the submission is refused on the
 * choice (rule `window`), which the page says; sending again succeeds. CI run 27 saw a
 * submission go through while its answer was lost: the page shows it submitted, the loop stops.
 */
export async function applyWithDocument(page: Page, programTitle: string, onStep?: (step: 'choose' | 'requirements' | 'submit') => Promise<void>): Promise<void> {
  await page.getByRole('link', { name: 'Apply' }).click();
  await page.getByRole('heading', { name: 'Apply to exchange programs' }).waitFor();
  await page.getByRole('checkbox', { name: new RegExp(programTitle) }).check();
  await page.getByRole('list', { name: 'Your choices, most wanted first' }).waitFor();
  await onStep?.('choose');
  await page.getByRole('button', { name: 'Save my choices' }).click();
  await page.getByRole('heading', { name: 'What each program asks for' }).waitFor();
  await page.locator('input[type="file"]').setInputFiles(PASSPORT_PDF);
  await page.getByText('Uploaded', { exact: true }).waitFor();
  await onStep?.('requirements');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByText('Everything is there: you can submit.').waitFor();
  await onStep?.('submit');
  const submitted = page.getByText('Application submitted');
  const submitButton = page.getByRole('button', { name: 'Submit my application', disabled: false });
  for (let attempt = 0; attempt < 30; attempt += 1) {
    const answer = page.waitForResponse((response) => response.url().endsWith('/submission'));
    await submitButton.click();
    if ((await answer).ok()) break;
    // A failure whose answer was lost (the gateway's 504 under load) may have gone through:
    // the page asks, and says so; it is sent again only while the page offers it.
    await submitted.or(submitButton).waitFor();
    if (await submitted.isVisible()) break;
    await page.waitForTimeout(1_000);
  }
  await submitted.waitFor();
  // And it stays: the list of applications read again behind it does not start the page
  // afresh (it did, until CI run 27 missed the notice under load).
  await page.waitForTimeout(1_000);
  await expect(submitted.isVisible()).resolves.toBe(true);
}

export interface DraftProgram {
  title: string;
  season: number;
  /** The application window, as `<input type="datetime-local">` values in the browser's zone. */
  opens: string;
  closes: string;
  /** Documents each applicant provides (typed into the tags input). */
  documents?: string[];
}

/** Fills in the new-program form (its first partnership) and creates the draft; answers its id. */
export async function createDraftProgram(staff: Page, program: DraftProgram, beforeSending?: () => Promise<void>): Promise<string> {
  await staff.getByRole('heading', { name: 'Draft a new exchange program' }).waitFor();
  await staff.getByLabel('Partnership').selectOption({ index: 1 });
  await staff.getByLabel('Title').fill(program.title);
  await staff.getByLabel('Description').fill('A week of building robots with host families.');
  await staff.getByRole('textbox', { name: 'Season', exact: true }).fill(String(program.season));
  await staff.getByRole('combobox', { name: 'Languages of the program' }).fill('en');
  await staff.getByRole('combobox', { name: 'Languages of the program' }).press('Enter');
  await staff.getByLabel('Travel starts').fill(`${program.season}-07-01`);
  await staff.getByLabel('Travel ends').fill(`${program.season}-07-08`);
  await staff.getByLabel('Applications open').fill(program.opens);
  await staff.getByLabel('Applications close').fill(program.closes);
  await staff.getByLabel('From the member city').fill('1');
  await staff.getByLabel('From the partner city').fill('1');
  await staff.getByLabel('Amount per participant').fill('250');
  await staff.getByLabel('Residence').selectOption('any');
  for (const document of program.documents ?? []) {
    await staff.getByRole('combobox', { name: 'Documents to provide' }).fill(document);
    await staff.getByRole('combobox', { name: 'Documents to provide' }).press('Enter');
  }
  await beforeSending?.();
  // The exchanges service learns the partnership from events: until then the API refuses
  // (its problem is shown), and sending again succeeds.
  for (let attempt = 0; ; attempt += 1) {
    await staff.getByRole('button', { name: 'Create the draft' }).click();
    const outcome = await Promise.race([
      staff.getByRole('heading', { name: program.title }).waitFor().then(() => 'created'),
      staff.getByRole('alert').first().waitFor().then(() => 'refused'),
    ]);
    if (outcome === 'created') break;
    if (attempt > 20) throw new Error('the program was never created');
    await staff.waitForTimeout(500);
  }
  return new URL(staff.url()).pathname.split('/').at(-1) ?? '';
}

/** The review page with the program chosen: a two-criterion blind rubric saved. */
export async function setBlindRubric(staff: Page): Promise<void> {
  await staff.getByText('No rubric yet: reviewers cannot score until it is set.').waitFor();
  await staff.getByText('Set the rubric').click();
  await staff.getByRole('textbox', { name: 'Key 1', exact: true }).fill('motivation');
  await staff.getByRole('textbox', { name: 'Criterion 1', exact: true }).fill('Motivation');
  await staff.getByRole('textbox', { name: 'Weight 1', exact: true }).fill('2');
  await staff.getByRole('button', { name: 'Add a criterion' }).click();
  await staff.getByRole('textbox', { name: 'Key 2', exact: true }).fill('language');
  await staff.getByRole('textbox', { name: 'Criterion 2', exact: true }).fill('Language skills');
  await staff.getByLabel('Blind first round').check();
  await staff.getByRole('button', { name: 'Save the rubric' }).click();
  await staff.getByText('The rubric is saved.').waitFor();
  await staff.getByText('Motivation (weight 2)').waitFor();
}

/** The review page: one candidate's application marked complete and given to the reviewer. */
export async function completeAndAssign(staff: Page, applicantName: string, reviewerName: string): Promise<void> {
  await staff.getByRole('button', { name: `Mark the application of ${applicantName} complete` }).click();
  await staff.getByLabel(`Reviewer for ${applicantName}`).selectOption({ label: reviewerName });
  await staff.getByRole('button', { name: `Assign the reviewer to ${applicantName}` }).click();
  await staff.getByLabel(`Reviewer for ${applicantName}`).waitFor({ state: 'detached' });
}

/** A reading's page: each criterion of the rubric above scored, with a comment, submitted. */
export async function scoreReading(reviewer: Page, score: number): Promise<void> {
  await reviewer.getByRole('heading', { name: 'Your scores' }).waitFor();
  await reviewer.getByRole('radiogroup', { name: /Motivation/ }).getByLabel(String(score)).check();
  await reviewer.getByRole('radiogroup', { name: /Language skills/ }).getByLabel(String(score)).check();
  await reviewer.getByLabel('Comment').fill(`Scored ${score}.`);
  await reviewer.getByRole('button', { name: 'Submit my scores' }).click();
  await reviewer.getByText('Your scores are saved.').waitFor();
}
