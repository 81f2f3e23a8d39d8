import { signToken } from '@scn/platform';
import { waitFor } from '@scn/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { v7 as uuidv7 } from 'uuid';
import { DEVELOPMENT_UNSUBSCRIBE_SECRET } from '../apps/notifications/src/config';
import { DESKTOP, launchChromium, PHONE, screenshot, visited } from './support/browser';
import { insertDirectoryFixture } from './support/directory-fixture';
import { APPLY_CITIES, APPLY_PROGRAM_TITLE, call, expectStatus, PASSPORT_PDF, publishApplyProgram } from './support/program-fixture';
import { verifiedApplicant } from './support/review-fixture';
import { PLATFORM_SETUP_TIMEOUT_MS, WebPlatform } from './support/web-platform';

// The public pages of issue #15 in Chromium against the whole platform: the world map
// (country arcs from the map aggregate, one country's city lines, the same data as a
// table), the statistics, the unsubscribe page of a listed contact's link, and the
// referee's and guardian's link pages: refusing a link that is not theirs, and, with the
// links a minor applicant's draft made the platform email (from the mail catcher), the
// letter uploaded and the consent given. Every page is checked by axe and photographed at
// desktop and phone width.

describe('the public pages in a browser', () => {
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


  /** No sideways scrolling at 360 px (tables scroll inside their own region). */
  const fitsWidth = (page: Page) => page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth');

  it('draws the partnerships between countries, zooms into one country city by city, and lists the same by keyboard', async () => {
    const page = await open(DESKTOP);
    await page.goto(`${platform.url}/map`);
    await page.getByRole('heading', { name: 'World map of partnerships' }).waitFor();
    // The fixture: 5 partnerships from the US to Japan (2), France (2) and Switzerland (1).
    await page.getByText('5 partnerships between 4 countries').first().waitFor();
    // The lines are on a canvas, which says how many it drew.
    await expect(page.getByTestId('map-lines').getAttribute('data-lines')).resolves.toBe('3');
    const table = page.getByRole('table');
    await expect(table.getByRole('row').count()).resolves.toBe(4);
    await table.getByRole('row', { name: /Japan/ }).getByText('2').waitFor();
    await visited(page, 'map-world-desktop');

    // Keyboard only: the country in the table zooms in.
    await page.getByRole('button', { name: 'Show the partnerships of Japan city by city' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Japan: 2 partnerships, city by city').first().waitFor();
    expect(new URL(page.url()).searchParams.get('country')).toBe('JP');
    await expect(page.getByTestId('map-lines').getAttribute('data-lines')).resolves.toBe('2');
    await page.getByRole('cell', { name: /Sapporo/ }).waitFor();
    await page.getByRole('cell', { name: /Nagoya/ }).waitFor();
    await visited(page, 'map-japan-desktop');
    await page.getByRole('button', { name: 'Back to the world' }).click();
    await page.getByText('5 partnerships between 4 countries').first().waitFor();

    const phone = await open(PHONE);
    await phone.goto(`${platform.url}/map?country=FR`);
    await phone.getByText('France: 2 partnerships, city by city').first().waitFor();
    expect(await fitsWidth(phone)).toBe(true);
    await visited(phone, 'map-france-phone');
  });

  it('zooms and pans freely by buttons, keys, wheel and drag, and shows a country\'s cities once zoomed in on it', async () => {
    const page = await open(DESKTOP);
    await page.goto(`${platform.url}/map`);
    await page.getByText('5 partnerships between 4 countries').first().waitFor();
    const map = page.getByTestId('world-map');
    const zoom = () => map.getAttribute('data-zoom');
    const panned = () => page.locator('[data-testid="world-map"] svg g').first().getAttribute('transform');
    // At the whole map there is nothing to zoom out to.
    await expect(page.getByRole('button', { name: 'Zoom out' }).isDisabled()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(zoom()).resolves.toBe('2');
    await page.getByText('Zoom ×2').waitFor();
    const before = await panned();
    await page.getByRole('button', { name: 'Move east' }).click();
    expect(await panned()).not.toBe(before);

    // Keyboard only: the focused map answers to + and −, the arrows and 0.
    await map.focus();
    await page.keyboard.press('+');
    await expect(zoom()).resolves.toBe('4');
    const scrolled = await page.evaluate('window.scrollY');
    const moved = await panned();
    await page.keyboard.press('ArrowLeft');
    expect(await panned()).not.toBe(moved);
    // The arrows move the map, not the page.
    await expect(page.evaluate('window.scrollY')).resolves.toBe(scrolled);
    await page.keyboard.press('-');
    await expect(zoom()).resolves.toBe('2');
    await page.keyboard.press('0');
    await expect(zoom()).resolves.toBe('1');

    // The wheel over Japan zooms in around it: from ×4 the country in the middle shows its cities instead of its marker.
    const japan = await page.locator('circle[data-country="JP"]').boundingBox();
    if (!japan) throw new Error("Japan's marker is not drawn");
    await page.mouse.move(japan.x + japan.width / 2, japan.y + japan.height / 2);
    await page.mouse.wheel(0, -400);
    await page.mouse.wheel(0, -400);
    await page.getByText(/the cities of Japan \(2 partnerships\)/).waitFor();
    await expect(page.locator('circle[data-country="JP"]').count()).resolves.toBe(0);
    // The world's 3 country pairs and Japan's 2 partnerships city by city.
    await waitFor('the cities of Japan drawn', async () => (await page.getByTestId('map-lines').getAttribute('data-lines')) === '5');
    await visited(page, 'map-free-zoom-desktop');

    // A drag pans.
    const box = await map.boundingBox();
    if (!box) throw new Error('the map is not drawn');
    const dragged = await panned();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2 + 30, { steps: 5 });
    await page.mouse.up();
    expect(await panned()).not.toBe(dragged);

    // Zooming to a country still works from its marker.
    await page.getByRole('button', { name: 'Show the whole map' }).click();
    await page.locator('circle[data-country="FR"]').click();
    await page.getByText('France: 2 partnerships, city by city').first().waitFor();
    await expect(zoom()).resolves.toBe('1');

    // On a phone, by the buttons.
    const phone = await open(PHONE);
    await phone.goto(`${platform.url}/map?country=US`);
    await phone.getByText('United States: 5 partnerships, city by city').first().waitFor();
    await phone.getByRole('button', { name: 'Zoom in' }).click();
    await phone.getByRole('button', { name: 'Move west' }).click();
    await phone.getByRole('button', { name: 'Move east' }).click();
    await expect(phone.getByTestId('world-map').getAttribute('data-zoom')).resolves.toBe('2');
    await expect(phone.getByTestId('map-lines').getAttribute('data-lines')).resolves.toBe('5');
    expect(await fitsWidth(phone)).toBe(true);
    await visited(phone, 'map-zoomed-phone');
  });

  it('shows the network in figures and charts', async () => {
    const page = await open(DESKTOP);
    await page.goto(`${platform.url}/statistics`);
    await page.getByRole('heading', { name: 'The network in figures' }).waitFor();
    const figures = page.getByTestId('statistics-figures');
    await figures.getByText('Partnerships').waitFor();
    await expect(figures.innerText()).resolves.toMatch(/Partnerships\s*5/i);
    await page.getByRole('heading', { name: 'By partner country' }).waitFor();
    // Each chart's figures are a table for screen readers too.
    await page.getByRole('table', { name: 'By partner country' }).getByRole('row', { name: 'Japan 2' }).waitFor({ state: 'attached' });
    await page.getByRole('table', { name: 'By decade founded' }).getByRole('row', { name: '1950s 1' }).waitFor({ state: 'attached' });
    await page.getByRole('table', { name: /By state or region of the member city: United States/ }).getByRole('row', { name: 'GA 2' }).waitFor({ state: 'attached' });
    await page.locator('.recharts-bar-rectangle').first().waitFor();
    // Programs by category, every category listed (this platform has none yet: zeros).
    const programs = page.getByRole('table', { name: 'Exchange programs by category' });
    await programs.getByRole('row', { name: 'Arts and culture 0 0' }).waitFor({ state: 'attached' });
    await expect(programs.getByRole('row').count()).resolves.toBe(6);
    await visited(page, 'statistics-desktop');

    const phone = await open(PHONE, 'de-DE');
    await phone.goto(`${platform.url}/statistics`);
    await phone.getByRole('heading', { name: 'Das Netzwerk in Zahlen' }).waitFor();
    await phone.locator('.recharts-bar-rectangle').first().waitFor();
    expect(await fitsWidth(phone)).toBe(true);
    await visited(phone, 'statistics-phone-de');
  });

  it('lets a listed contact choose, from their link, which emails they still get', async () => {
    // A listed contact as the notifications service knows them from a partnership's events,
    // and the link their emails carry (signed as the service signs it, with its development key).
    const recipientId = uuidv7();
    const db = platform.notificationsDb();
    try {
      await db.recipient.create({ data: { id: recipientId, email: 'mei.tanaka@sapporo.example', displayName: 'Mei Tanaka', language: 'en' } });
    } finally {
      await db.$disconnect();
    }
    const token = signToken(
      { purpose: 'email-unsubscribe', subject: recipientId, issue: 0, expiresAt: new Date(Date.now() + 86_400_000) },
      DEVELOPMENT_UNSUBSCRIBE_SECRET,
    );
    const page = await open(PHONE);
    await page.goto(`${platform.url}/unsubscribe?token=${token}`);
    await page.getByText('Choose which emails the network still sends to m•••@sapporo.example.').waitFor();
    await visited(page, 'unsubscribe-phone');
    await page.getByRole('button', { name: 'Stop all these emails' }).click();
    await page.getByText('You are unsubscribed').waitFor();
    await expect(page.getByRole('checkbox', { checked: true }).count()).resolves.toBe(0);
    await page.getByRole('checkbox', { name: 'Partnerships: proposals, signatures, changes' }).check();
    await page.getByRole('button', { name: 'Save my choice' }).click();
    await page.getByText('Your choice is saved.').waitFor();
    // What the service now holds, as a fresh visit shows it.
    await page.reload();
    await page.getByRole('checkbox', { name: 'Partnerships: proposals, signatures, changes' }).waitFor();
    await expect(page.getByRole('checkbox', { name: 'Partnerships: proposals, signatures, changes' }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: 'Network announcements' }).isChecked()).resolves.toBe(false);
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, 'unsubscribe-saved-phone');

    await page.goto(`${platform.url}/unsubscribe?token=${token.slice(0, -4)}AAAA`);
    await page.getByRole('alert').waitFor();
  });

  it('refuses a referee\'s or a guardian\'s link that is not valid, and explains a link without its token', async () => {
    const page = await open(DESKTOP, 'fr-FR');
    await page.goto(`${platform.url}/recommendation?token=${'A'.repeat(40)}.${'B'.repeat(22)}`);
    await page.getByRole('heading', { name: 'Lettre de recommandation' }).waitFor();
    await page.getByRole('alert').waitFor();
    await visited(page, 'recommendation-invalid-desktop-fr');
    await page.goto(`${platform.url}/guardian-consent`);
    await page.getByRole('heading', { name: 'Consentement du représentant légal' }).waitFor();
    await page.getByText('Ce lien est incomplet.').waitFor();
    await visited(page, 'guardian-consent-no-token-desktop-fr');
  });

  it('lets a referee upload their letter and a guardian consent, by the links they were emailed', async () => {
    // A minor applicant (17 when the program travels) names a guardian and a referee on a draft.
    const programId = await publishApplyProgram(platform);
    const who = { email: 'ana@applicant.test', givenName: 'Ana', familyName: 'Silva', homeCityId: APPLY_CITIES.member, homeCountryCode: 'JP' };
    const applicant = await verifiedApplicant(platform, who, {
      birthDate: '2010-06-01',
      guardian: { name: 'Bea Silva', email: 'bea@guardian.test' },
    });
    const applicationId = await waitFor('the applications service to know the program', async () => {
      const created = await call(platform, 'POST', '/v1/me/applications', applicant, { season: 2027, choices: [{ exchangeProgramId: programId }] });
      if (created.status === 201) return created.body['id'] as string;
      if (created.status !== 404 && created.status !== 409) throw new Error(`apply: ${created.status} ${JSON.stringify(created.body)}`);
      return undefined;
    });
    await expectStatus(
      call(platform, 'PUT', `/v1/me/applications/${applicationId}/referees/${programId}`, applicant, { referees: [{ name: 'Dr. Rui Costa', email: 'rui@school.test' }] }),
      200,
      'name the referee',
    );
    await expectStatus(call(platform, 'POST', '/v1/me/applicant-profile/guardian-consent-request', applicant), 200, 'ask the guardian');
    const linkIn = async (address: string, page: string) => {
      const link = (await platform.emailTo(address)).match(new RegExp(`https?://\\S+/${page}\\?token=[\\w.~-]+`))?.[0];
      if (!link) throw new Error(`no ${page} link was emailed to ${address}`);
      return `${platform.url}${new URL(link).pathname}${new URL(link).search}`;
    };

    // The referee: who asks, for which program; the PDF uploaded, then the page says it was received.
    const referee = await open(DESKTOP);
    await referee.goto(await linkIn('rui@school.test', 'recommendation'));
    await referee.getByText(`Dr. Rui Costa, Ana Silva asks you for a letter of recommendation for ${APPLY_PROGRAM_TITLE} (2027).`).waitFor();
    await visited(referee, 'recommendation-valid-desktop');
    await referee.locator('input[type="file"]').setInputFiles({ ...PASSPORT_PDF, name: 'letter.pdf' });
    await referee.getByText(/^Thank you: your letter was received on/).waitFor();
    await referee.getByText('Replace your letter').waitFor();
    await visited(referee, 'recommendation-received-desktop');

    // The guardian, on a phone and by keyboard only: whose consent, for which program and dates; consent given.
    const guardian = await open(PHONE);
    await guardian.goto(await linkIn('bea@guardian.test', 'guardian-consent'));
    await guardian.getByText('Bea Silva, Ana Silva has named you as their guardian and applies to these exchange programs:').waitFor();
    await guardian.getByText(APPLY_PROGRAM_TITLE, { exact: false }).first().waitFor();
    expect(await fitsWidth(guardian)).toBe(true);
    await visited(guardian, 'guardian-consent-valid-phone');
    const label = 'I consent to Ana Silva taking part';
    const focused = () => guardian.evaluate<string>("document.activeElement?.textContent ?? ''");
    for (let tab = 0; tab < 30 && (await focused()) !== label; tab += 1) await guardian.keyboard.press('Tab');
    expect(await focused()).toBe(label);
    await guardian.keyboard.press('Enter');
    await guardian.getByText(/^Thank you: your consent was recorded on/).waitFor();
    await visited(guardian, 'guardian-consent-given-phone');
    // The applicant's profile says so.
    const profile = await expectStatus(call(platform, 'GET', '/v1/me/applicant-profile', applicant), 200, 'read the profile');
    expect(profile['guardianConsent']).toMatchObject({ status: 'given' });
  });
});
