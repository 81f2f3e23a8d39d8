import { HEADERS } from '@scn/contracts';
import { waitFor } from '@scn/testing';
import { connect, headers as natsHeaders } from 'nats';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DESKTOP, launchChromium, PHONE, visited as checkedAndPhotographed } from './support/browser';
import { PLATFORM_SETUP_TIMEOUT_MS, WEB_ADMIN, WebPlatform } from './support/web-platform';

// Network staff's operations pages in Chromium against the whole platform: an import of a
// small CSV with columns of its own (mapped by their header, previewed, confirmed, its
// ambiguous row settled by choosing a candidate, then corrected to another one) and both
// listed with their counts, an announcement listed with its notifications counted by
// status, the audit log of both, and a dead letter (a malformed event the services
// gave up on) replayed. Each page is checked by axe, photographed at 1280 and 360 px, and
// must not scroll sideways on a phone.

const CSV = [
  // Not the API's default columns (city1, country1…): the page maps them.
  'Town,Country,Twin,Twin country',
  // Row 2: three Springfields in the United States and nothing to tell which.
  'Springfield,United States,Malmö,Sweden',
  // Row 3: loaded as it is.
  'Malmö,Sweden,Lyon,France',
  // Row 4: a country nobody knows.
  'Atlantis City,Atlantis,Lyon,France',
].join('\n');

describe('staff operations pages in a browser', () => {
  let platform: WebPlatform;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [platform, browser] = await Promise.all([WebPlatform.start(), launchChromium()]);
  }, PLATFORM_SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
    await platform?.stop();
  });

  /** A staff member signed in with the bootstrap account, in a browser of their own. */
  async function signedInStaff(viewport: { width: number; height: number }): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'en-US', timezoneId: 'Europe/Berlin' });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${platform.url}/staff/imports`);
    // The guard sends a signed-out visitor to sign in, then back.
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.locator('input[name="email"]').fill(WEB_ADMIN.email);
    await page.locator('input[name="password"]').fill(WEB_ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).last().click();
    await page.getByRole('heading', { name: 'Import partnerships' }).waitFor();
    return page;
  }

  /** No serious or critical accessibility violation, a picture, and (on a phone) no sideways scrolling. */
  /** Checked as every page is, and no sideways scrolling (tables scroll inside their own region). */
  async function visited(page: Page, name: string): Promise<void> {
    await expect(page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).resolves.toBe(true);
    await checkedAndPhotographed(page, name);
  }

  it('previews a CSV, imports it, settles the ambiguous row, announces, and finds both in the audit log', async () => {
    const page = await signedInStaff(DESKTOP);
    // As a person does: the field opens the file chooser, the file is picked there.
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByLabel('File (CSV or .xlsx)').click()]);
    await chooser.setFiles({ name: 'twins.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    // The file's header row, read in the browser; none of its columns has a default name,
    // so the four needed fields are asked for before anything is sent.
    await page.getByText("The file's header row: Town · Country · Twin · Twin country").waitFor();
    await page.getByRole('button', { name: 'Preview' }).click();
    await expect(page.getByText('Choose the column that holds this.').count()).resolves.toBe(4);
    const memberCity = page.getByRole('combobox', { name: 'Member city', exact: true });
    // Focus is on the first field left unmapped.
    await expect(page.evaluate('document.activeElement?.id')).resolves.toBe('import-column-memberCity');
    // By keyboard: the arrow opens the choices on the first column, Enter takes it — once the
    // choices show, as a person waits to see them (pressed at once, Enter could beat their
    // rendering on a loaded machine: CI, 2026-12-06).
    await page.keyboard.press('ArrowDown');
    await page.getByRole('option', { name: 'Town', exact: true }).waitFor();
    await page.keyboard.press('Enter');
    // Polled from here: the console's CSP refuses waitForFunction's string evaluation whenever
    // the value is not there on its first look (a fresh clone's CI, 2026-12-07).
    await waitFor('the member city column to read Town', async () => (await memberCity.inputValue()) === 'Town', { timeoutMs: 5_000, intervalMs: 50 });
    await expect(memberCity.inputValue()).resolves.toBe('Town');
    for (const [field, column] of [
      ["Member city's country", 'Country'],
      ['Partner city', 'Twin'],
      ["Partner city's country", 'Twin country'],
    ]) {
      await page.getByRole('combobox', { name: field, exact: true }).click();
      await page.getByRole('option', { name: column, exact: true }).click();
    }
    await expect(page.getByText('Choose the column that holds this.').count()).resolves.toBe(0);
    await visited(page, 'ops-import-columns-desktop');
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByRole('heading', { name: 'Preview: what importing the file would do' }).waitFor();
    await page.getByText('3 of 3 rows processed').waitFor();
    await expect(page.locator('[data-count="ops.imports.count.toCreate"]').textContent()).resolves.toBe('1');
    await expect(page.locator('[data-count="ops.imports.count.unmatched"]').textContent()).resolves.toBe('2');
    await expect(page.locator('[data-count="ops.imports.count.ambiguous"]').textContent()).resolves.toBe('1');
    await page.getByText('Row 2', { exact: true }).waitFor();
    // A preview's rows are shown, not settled.
    await expect(page.getByRole('button', { name: 'Load row 2' }).count()).resolves.toBe(0);
    await visited(page, 'ops-import-preview-desktop');

    await page.getByRole('button', { name: 'Import this file' }).click();
    await page.getByRole('heading', { name: 'Import', exact: true }).waitFor();
    await page.getByText('3 of 3 rows processed').waitFor();
    await expect(page.locator('[data-count="ops.imports.count.created"]').textContent()).resolves.toBe('1');
    const importId = new URL(page.url()).searchParams.get('importId');
    expect(importId).toMatch(/^[0-9a-f-]{36}$/);

    // Row 2: which Springfield is the member city? The one in Illinois, chosen by keyboard:
    // the candidates are one stop of the Tab key, arrows move among them, then the button.
    const question = page.getByRole('radiogroup', { name: 'Which “Springfield” is the member city?' });
    const illinois = question.getByRole('radio', { name: /^Springfield \(IL, United States\)/ });
    // From the first candidate, each time: on a loaded machine (two browser files at once)
    // the group can still re-render as the report settles and take the focus with it, and
    // the keys then went nowhere. Illinois's place is read again each time too: read once
    // before the group had settled, it was wrong for good (a CI run's 20 s of tries).
    await waitFor(
      'Springfield (IL) chosen by keyboard',
      async () => {
        const candidates = await question.getByRole('radio').evaluateAll((radios) => radios.map((radio) => radio.getAttribute('value')));
        const steps = candidates.indexOf(await illinois.getAttribute('value'));
        if (steps < 0) return undefined;
        await question.getByRole('radio').first().focus();
        for (let step = 0; step < steps; step += 1) await page.keyboard.press('ArrowDown');
        // Focus alone checks nothing; the first candidate is chosen with Space.
        if (steps === 0) await page.keyboard.press('Space');
        await new Promise((resolve) => setTimeout(resolve, 100));
        return (await illinois.isChecked()) ? true : undefined;
      },
      { timeoutMs: 20_000, intervalMs: 200 },
    );
    await visited(page, 'ops-import-settle-desktop');
    await page.keyboard.press('Tab');
    await expect(page.evaluate('document.activeElement?.textContent')).resolves.toBe('Load row 2');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Load row 2' }).waitFor({ state: 'detached' })).resolves.toBeUndefined();
    const rowTwo = page.getByRole('listitem').filter({ hasText: 'Row 2' });
    await rowTwo.getByText('Loaded').waitFor();
    // Illinois was the wrong one after all: the row is corrected to another Springfield.
    await rowTwo.getByRole('button', { name: 'Correct a city of row 2' }).click();
    await expect(rowTwo.getByRole('radio', { name: 'The member city: Springfield' }).isChecked()).resolves.toBe(true);
    const rightCity = rowTwo.getByRole('radiogroup', { name: 'The right city' });
    await expect(rightCity.getByRole('radio', { name: /^Springfield \(IL,/ }).count()).resolves.toBe(0);
    await rightCity.getByRole('radio').first().check();
    await rowTwo.getByLabel('Why (optional)').fill('The twinning is with Springfield, Missouri');
    await visited(page, 'ops-import-correct-desktop');
    await rowTwo.getByRole('button', { name: 'Move row 2 to this city' }).click();
    await rowTwo.getByText(/^Corrected: the member city from Springfield, IL \(US\) to Springfield, [A-Z]{2} \(US\) · The twinning/).waitFor();
    // Row 4 has no candidate: a refused dismissal would show its problem; a reason dismisses it.
    await page.getByLabel('Reason to dismiss').fill('Not a real place');
    await page.getByRole('button', { name: 'Dismiss row 4' }).click();
    await page.getByText('Dismissed: Not a real place').waitFor();
    // Both imports are listed as past ones (the API's list), the preview and the real one, with who started them and their counts.
    const by = WEB_ADMIN.email.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await page.getByRole('button', { name: new RegExp(`^twins\\.csv · .* · by ${by} · preview · Completed · 1 created, 0 already present, 2 not matched$`) }).waitFor();
    const listed = page.getByRole('button', { name: new RegExp(`^twins\\.csv · .* · by ${by} · import · Completed · 1 created, 0 already present, 2 not matched$`) });
    await expect(listed.getAttribute('aria-current')).resolves.toBe('true');

    // The same page on a phone: the import from the URL, nothing wider than the screen.
    const phone = await page.context().newPage();
    await phone.setViewportSize(PHONE);
    await phone.goto(page.url());
    await phone.getByText('Dismissed: Not a real place').waitFor();
    await phone.getByText(/^Corrected: the member city from Springfield, IL/).waitFor();
    await visited(phone, 'ops-import-phone');
    // The columns of a file, one field under another on a phone.
    const [phoneChooser] = await Promise.all([phone.waitForEvent('filechooser'), phone.getByLabel('File (CSV or .xlsx)').click()]);
    await phoneChooser.setFiles({ name: 'twins.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await phone.getByRole('combobox', { name: 'Partner city', exact: true }).waitFor();
    await visited(phone, 'ops-import-columns-phone');

    // An announcement to the network's staff.
    await page.getByRole('link', { name: 'Announcements' }).click();
    await page.getByRole('heading', { name: 'Announcements' }).waitFor();
    await page.getByRole('button', { name: 'Send the announcement' }).click();
    // The API's own rules, on their fields: an empty title is refused before anything is sent.
    await page.locator('input[aria-invalid="true"]').first().waitFor();
    await page.getByLabel('Title').fill('Annual meeting in Lyon');
    await page.getByLabel('Message').fill('The network meets in Lyon on 12 June.\nPrograms: please register your delegates.');
    await page.getByRole('radio', { name: 'Network staff only' }).check();
    await page.getByRole('button', { name: 'Send the announcement' }).click();
    await page.getByText('Announcement sent').waitFor();
    const made = Number(/(\d+) notifications? (is|are) on/.exec(await page.getByText(/notifications? (is|are) on (its|their) way/).textContent() ?? '')?.[1]);
    expect(made).toBeGreaterThan(0);
    // Listed from the API with its audience, its sender and its notifications counted by status:
    // as many as were made, none left in the queue once the inbox and the mail catcher have them.
    const sentBefore = page.getByRole('listitem').filter({ hasText: 'Annual meeting in Lyon' });
    await sentBefore.getByText(new RegExp(`by ${by} · Network staff only$`)).waitFor();
    await expect(sentBefore.locator('[data-count="total"]').textContent()).resolves.toBe(String(made));
    await sentBefore.locator('[data-count="queued"]', { hasText: /^0$/ }).waitFor({ timeout: 60_000 });
    await expect(sentBefore.locator('[data-count="failed"]').textContent()).resolves.toBe('0');
    await visited(page, 'ops-announcements-desktop');
    await phone.goto(`${platform.url}/staff/announcements`);
    await phone.getByRole('listitem').filter({ hasText: 'Annual meeting in Lyon' }).locator('[data-count="total"]', { hasText: String(made) }).waitFor();
    await visited(phone, 'ops-announcements-phone');

    // The audit log has both: filtered by route (in the URL), then by the actor.
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    await page.getByRole('cell', { name: /POST \/v1\/announcements/ }).waitFor();
    await page.getByRole('cell', { name: /resolution/ }).first().waitFor();
    await page.getByLabel('Route').fill('/v1/partnerships/imports/:importId/rows/:rowNumber/resolution');
    await page.getByLabel('Route').press('Enter');
    await page.waitForURL(/route=/);
    await page.getByRole('cell', { name: /POST \/v1\/announcements/ }).waitFor({ state: 'detached' });
    await expect(page.getByRole('cell', { name: /\/rows\/2\/resolution/ }).count()).resolves.toBe(1);
    await expect(page.getByRole('cell', { name: /\/rows\/4\/resolution/ }).count()).resolves.toBe(1);
    await page.getByRole('button', { name: `Only what ${WEB_ADMIN.email} did` }).first().click();
    await page.waitForURL(/actorId=/);
    await visited(page, 'ops-audit-desktop');
    await phone.goto(page.url());
    await phone.getByRole('cell', { name: /\/rows\/2\/resolution/ }).waitFor();
    await visited(phone, 'ops-audit-phone');

    // The delivery log of the announcement: filters in the URL, a notification's tries.
    await page.goto(`${platform.url}/staff/deliveries?type=announcement`);
    await page.getByRole('heading', { name: 'Delivery log' }).waitFor();
    await page.getByRole('cell', { name: /Annual meeting in Lyon/ }).first().waitFor();
    await page.getByRole('button', { name: 'Tries of “Annual meeting in Lyon”' }).first().click();
    await page.getByRole('heading', { name: 'Delivery tries' }).waitFor();
    await visited(page, 'ops-deliveries-desktop');
    await phone.goto(page.url());
    await phone.getByRole('cell', { name: /Annual meeting in Lyon/ }).first().waitFor();
    await visited(phone, 'ops-deliveries-phone');
  });

  it('shows a dead letter with its reason and payload, and replays it', async () => {
    // A malformed event on the partnerships' stream: each service that follows it gives up at once.
    const nc = await connect({ servers: process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222' });
    try {
      const h = natsHeaders();
      h.set(HEADERS.eventType, 'partnership.activated.v1');
      await nc.jetstream().publish(`${platform.namespace}.events.partnerships.partnership.activated.v1`, 'not json {', { headers: h, msgID: 'web-poison-1' });
    } finally {
      await nc.close();
    }
    const page = await signedInStaff(DESKTOP);
    await page.getByRole('link', { name: 'Dead letters' }).click();
    await page.getByRole('heading', { name: 'Dead letters' }).waitFor();
    // The services dead-letter it in their own time: reload until one shows.
    for (let tries = 0; tries < 30 && (await page.getByText(/malformed JSON/).count()) === 0; tries += 1) {
      await page.waitForTimeout(500);
      await page.reload();
      await page.getByRole('heading', { name: 'Dead letters' }).waitFor();
    }
    await page.getByText(/malformed JSON/).first().waitFor();
    await page.getByText('not json {').first().waitFor();
    await visited(page, 'ops-dead-letters-desktop');
    const first = page.getByRole('button', { name: /^Replay dead letter \d+$/ }).first();
    const sequence = Number((await first.getAttribute('aria-label'))?.replace(/\D/g, ''));
    await first.click();
    await page.getByText(`Dead letter ${sequence} was published again.`).waitFor();
    await expect(page.getByRole('button', { name: `Replay dead letter ${sequence}`, exact: true }).waitFor({ state: 'detached' })).resolves.toBeUndefined();
    const phone = await page.context().newPage();
    await phone.setViewportSize(PHONE);
    await phone.goto(`${platform.url}/staff/dead-letters`);
    await phone.getByText(/malformed JSON/).first().waitFor();
    await visited(phone, 'ops-dead-letters-phone');
  });
});
