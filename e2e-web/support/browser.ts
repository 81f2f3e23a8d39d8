import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { waitFor } from '@scn/testing';
import { chromium, type Browser, type Page } from 'playwright-core';

// Debian's Chromium, never a downloaded browser (none can be fetched on these machines).
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const SCREENSHOTS = path.resolve(__dirname, '../screenshots');

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 360, height: 740 };

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'], headless: true });
}

/**
 * Waits until no CSS transition or animation runs: a button still fading from its hover or
 * loading colours has a contrast axe rightly finds too low (seen once on a loaded machine,
 * just after "Save my answers" was clicked). Polled, as `dialogFadedIn` is.
 */
async function transitionsEnded(page: Page): Promise<void> {
  // Endless ones (a spinner, a skeleton's pulse) are not waited for.
  const running =
    "document.getAnimations().filter((a) => a.playState === 'running' && a.effect && a.effect.getComputedTiming().iterations !== Infinity).length";
  await waitFor('CSS transitions to end', async () => (await page.evaluate(running)) === 0, { timeoutMs: 5_000, intervalMs: 50 });
}

/**
 * The serious and critical accessibility violations axe finds on the page as it is now (once
 * its transitions ended). In axe's "legacy" mode: `axe.run` in the page itself. The default
 * mode opens a blank page for every check to merge per-frame results: ~2 s a check here
 * against ~0.3 s, for pages that have no cross-origin frame to merge (the console has none).
 */
export async function seriousViolations(page: Page): Promise<Array<{ id: string; impact: string; targets: string[] }>> {
  await transitionsEnded(page);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).setLegacyMode().analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ id: violation.id, impact: violation.impact ?? '', targets: violation.nodes.map((node) => node.target.join(' ')) }));
}

/** Keeps a screenshot for people to look at (e2e-web/screenshots/, not committed). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Every page a test visits is checked alike: no serious or critical accessibility violation (axe), and a picture. */
export async function visited(page: Page, name: string): Promise<void> {
  expect({ page: name, violations: await seriousViolations(page) }).toEqual({ page: name, violations: [] });
  await screenshot(page, name);
}

/**
 * Waits for a Mantine dialog to finish fading in: axe measures a half-transparent dialog's
 * text as too faint otherwise. (Polled from here: the console's CSP refuses the string
 * evaluation of waitForFunction.)
 */
export async function dialogFadedIn(page: Page): Promise<void> {
  const opacity = "getComputedStyle(document.querySelector('.mantine-Modal-content')).opacity";
  await waitFor('the dialog to fade in', async () => (await page.evaluate(opacity)) === '1', { timeoutMs: 5_000, intervalMs: 50 });
}
