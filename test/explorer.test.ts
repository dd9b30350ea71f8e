import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST } from './helpers.js';

/** Debian's chromium by default; CHROMIUM names another Chromium or Chrome (the GitHub runners' /usr/bin/google-chrome). */
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
// headless flags that need no network (see the machine notes): no background services at all
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const PAGE = pathToFileURL(join(DIST, 'index.html')).href;

let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];
const requests: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium; .ci/run does), or set CHROMIUM to a Chromium or Chrome executable`,
    );
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(PAGE);
});
afterAll(async () => browser?.close());

const events = JSON.parse(readFileSync(join(DIST, 'events.json'), 'utf8')) as {
  event_id: string;
  event_kind: string;
}[];
const casualties = JSON.parse(readFileSync(join(DIST, 'casualties.json'), 'utf8')) as {
  casualty_id: string;
  quote: string;
  outcome: string;
}[];

describe('the explorer page in Chromium', () => {
  it('loads from disk with no console error and no request but itself', () => {
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([PAGE]);
  });

  it('shows every incident on the timeline', async () => {
    const shown = await page
      .locator('svg [data-event]')
      .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-event')));
    expect(shown.sort()).toEqual(events.map((e) => e.event_id).sort());
  });

  it('highlights exactly the quote of a casualty record in its paragraph, with its claims', async () => {
    const target = casualties.find((c) => c.casualty_id.endsWith(':cas-0927-injured'));
    await page.locator(`#table tbody tr[data-id="${target?.casualty_id}"]`).click();
    expect(await page.locator('#detail mark').textContent()).toBe(target?.quote);
    expect(await page.locator('#detail blockquote').textContent()).toContain(
      'the Azerbaijani MoD denied these claims.',
    );
    expect(await page.locator('#detail dt').allTextContents()).toEqual(['asserts', 'denies']);
    // the sentence names no source: it continues the account of the Office of the President
    expect(await page.locator('#detail dd').first().textContent()).toBe(
      'Office of the President of the Republic of Artsakh, continuing its account: “More than a dozen people were injured in Stepanakert (including women and children)”',
    );
  });

  it('is keyboard-usable: Enter on a focused row selects it', async () => {
    const row = page.locator('#table tbody tr').nth(3);
    await row.focus();
    await page.keyboard.press('Enter');
    expect(await row.getAttribute('aria-selected')).toBe('true');
  });

  it('narrows the table with a filter, and an incident on the timeline filters too', async () => {
    expect(await page.locator('#table tbody tr').count()).toBe(casualties.length);
    await page.selectOption('#f-outcome', 'killed');
    expect(await page.locator('#table tbody tr').count()).toBe(
      casualties.filter((c) => c.outcome === 'killed').length,
    );
    await page.click('#f-clear');
    await page.locator('svg [data-event$=":inc-0927-1400"]').click();
    expect(await page.locator('#count').textContent()).toBe('2 of 7 casualties records');
    await page.click('#tab-claims');
    await page.selectOption('#f-event', '');
    await page.selectOption('#f-stance', 'denies');
    expect(await page.locator('#table tbody tr').count()).toBe(6);
  });

  it('shows who attacked with who claims it, and the place of a record with where its coordinates come from', async () => {
    await page.click('#f-clear');
    await page.click('#tab-event_actors');
    expect(await page.locator('#count').textContent()).toBe('12 of 12 event_actors records');
    await page
      .locator('#table tbody tr[data-id="stepanakert-2020:role-campaign-azerbaijan"]')
      .click();
    expect(await page.locator('#detail mark').textContent()).toBe('by Azerbaijan');
    expect(await page.locator('#detail dt').allTextContents()).toEqual([
      'asserts',
      'confirms',
      'reports',
      'denies',
    ]);
    expect(await page.locator('#detail .place').textContent()).toBe(
      'Place: Stepanakert, 39.81528 N, 46.75194 E, precision town (coordinates from Stepanakert (English Wikipedia), CC-BY-SA-4.0, not from the article).',
    );
    await page.click('#tab-exclusions');
    expect(await page.locator('#count').textContent()).toBe('54 of 54 exclusions records');
    await page.click('#tab-casualties');
  });

  it('fits a phone-sized screen without a horizontal scroll of the page', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(PAGE);
    const overflow = await phone.evaluate<number>(
      'document.documentElement.scrollWidth - window.innerWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.close();
  });
});
