import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, DIST, ROOT, tempDir } from './helpers.js';

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
const MIB = 2 ** 20;

let browser: Browser;

/** A page opened from disk, with the errors of its console and every request it makes. */
interface Opened {
  page: Page;
  consoleErrors: string[];
  requests: string[];
}

async function open(url: string): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const opened: Opened = { page, consoleErrors: [], requests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') opened.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => opened.consoleErrors.push(String(e)));
  page.on('request', (r) => opened.requests.push(r.url()));
  await page.goto(url);
  // the first document's records are loaded from explorer/ beside the page
  await page.waitForSelector('#table tbody tr');
  return opened;
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium; .ci/run does), or set CHROMIUM to a Chromium or Chrome executable`,
    );
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
});
afterAll(async () => {
  await browser?.close();
  cleanTempDirs();
});

const json = <T>(dir: string, table: string) =>
  JSON.parse(readFileSync(join(dir, `${table}.json`), 'utf8')) as T[];
interface Casualty {
  casualty_id: string;
  quote: string;
  outcome: string;
  span_start: number;
  span_end: number;
}
const events = json<{ event_id: string; event_kind: string }>(DIST, 'events');
const casualties = json<Casualty>(DIST, 'casualties');

describe('the explorer page in Chromium', () => {
  let one: Opened;
  let page: Page;
  beforeAll(async () => {
    one = await open(PAGE);
    page = one.page;
  });

  it('is small, and loads from disk with no console error and no request but itself and its document', () => {
    expect(statSync(join(DIST, 'index.html')).size).toBeLessThan(2 * MIB);
    expect(one.consoleErrors).toEqual([]);
    expect(one.requests).toEqual([
      PAGE,
      pathToFileURL(join(DIST, 'explorer/stepanakert-2020.js')).href,
    ]);
  });

  it('shows the headline totals of its one document, and no list of documents', async () => {
    expect(await page.locator('#totals-title').textContent()).toBe(
      'Headline totals, as the source states them',
    );
    const totals = await page
      .locator('#totals-list li')
      .evaluateAll((lis) => lis.map((li) => [...li.children].map((c) => c.textContent)));
    expect(totals).toEqual([
      ['51', 'injured', '51 were injured'],
      ['13', 'killed', '13 residents were killed'],
      ['4,258', 'buildings damaged', '4,258 buildings in the city were damaged'],
    ]);
    expect(await page.locator('#documents').isHidden()).toBe(true);
    expect(await page.locator('#records-heading').textContent()).toBe('Records');
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

  it('shows the 105 claims 100 rows a page', async () => {
    await page.click('#tab-claims');
    expect(await page.locator('#count').textContent()).toBe('105 of 105 claims records');
    expect(await page.locator('#rows-range').textContent()).toBe('Rows 1–100 of 105');
    expect(await page.locator('#table tbody tr').count()).toBe(100);
    await page.click('#rows-next');
    expect(await page.locator('#rows-range').textContent()).toBe('Rows 101–105 of 105');
    expect(await page.locator('#table tbody tr').count()).toBe(5);
    await page.click('#tab-casualties');
    expect(await page.locator('#rows-pager').isHidden()).toBe(true);
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

/** Runs node with `args` in the repository to its end; fails with what it printed. */
function node(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += String(d);
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`node ${args.join(' ')}: exit ${code}\n${stderr}`)),
    );
  });
}

const DOCUMENTS = 1000;

describe(`the explorer page of ${DOCUMENTS.toLocaleString('en-US')} documents in Chromium`, () => {
  let out: string;
  let big: Opened;
  let page: Page;
  const inside = (name: string) => pathToFileURL(join(out, name)).href;

  beforeAll(async () => {
    const work = tempDir();
    const raw = join(work, 'raw');
    out = join(work, 'out');
    await node(['bench/generate-corpus.mjs', raw, String(DOCUMENTS)]);
    await node(['compiled/stepanakert.mjs', 'build', '--raw', raw, '--out', out, '--quiet']);
    big = await open(inside('index.html'));
    page = big.page;
  }, 900_000);

  it('has an index.html under 2 MiB, a file per document and one per 200 documents of the list', () => {
    expect(statSync(join(out, 'index.html')).size).toBeLessThan(2 * MIB);
    expect(readdirSync(join(out, 'explorer')).length).toBe(DOCUMENTS + DOCUMENTS / 200);
    for (const n of [1, 2, 3, 4, 5])
      expect(existsSync(join(out, `explorer/documents-${n}.js`))).toBe(true);
    expect(existsSync(join(out, 'explorer/synthetic-0737.js'))).toBe(true);
  });

  it('draws timeline.svg as the incidents counted per day, in a few kilobytes', () => {
    const svg = readFileSync(join(out, 'timeline.svg'), 'utf8');
    expect(svg.length).toBeLessThan(20_000);
    expect(svg).toContain(
      '<title id="timeline-title">Incidents of the 2020 bombardment of Stepanakert, counted per day: 5,000 incidents, too many to draw one by one',
    );
    expect(svg).not.toContain('data-event');
  });

  it('loads from disk with no console error and no request outside its folder', () => {
    expect(big.consoleErrors).toEqual([]);
    expect(big.requests.filter((r) => !r.startsWith(`${pathToFileURL(out).href}/`))).toEqual([]);
    expect([...big.requests].sort()).toEqual(
      [
        inside('index.html'),
        inside('explorer/documents-1.js'),
        inside('explorer/synthetic-0000.js'),
      ].sort(),
    );
  });

  it('selects the first document, with its headline totals, and shows the histogram', async () => {
    expect(await page.locator('#records-heading').textContent()).toBe(
      'Records of “2020 bombardment of Stepanakert” (synthetic-0000)',
    );
    expect(await page.locator('#totals-list .count').allTextContents()).toEqual([
      '51',
      '13',
      '4,258',
    ]);
    expect(await page.locator('#count').textContent()).toBe('7 of 7 casualties records');
    expect(await page.locator('#timeline svg [data-event]').count()).toBe(0);
    const incidents = json<{ event_kind: string; date_start: string }>(out, 'events').filter(
      (e) => e.event_kind === 'incident',
    );
    // one bar per day on which an incident begins, its count on it
    expect(await page.locator('#timeline svg g > title').count()).toBe(
      new Set(incidents.map((e) => e.date_start)).size,
    );
  });

  it('pages the list of documents', async () => {
    const range = () => page.locator('#doc-range').textContent();
    expect(await range()).toBe('Documents 1–200 of 1,000 (page 1 of 5)');
    expect(await page.locator('#doc-table tbody tr').count()).toBe(200);
    expect(await page.locator('#doc-prev').isDisabled()).toBe(true);
    await page.click('#doc-next');
    await expect.poll(range).toBe('Documents 201–400 of 1,000 (page 2 of 5)');
    expect(
      await page.locator('#doc-table tbody tr').first().locator('td').allTextContents(),
    ).toEqual([
      '201',
      'synthetic-0200',
      '2020 bombardment of Stepanakert',
      'English Wikipedia',
      '6',
      '7',
      '22',
      '25',
      '105',
    ]);
    await page.fill('#doc-page', '5');
    await page.press('#doc-page', 'Enter');
    await expect.poll(range).toBe('Documents 801–1,000 of 1,000 (page 5 of 5)');
    expect(await page.locator('#doc-next').isDisabled()).toBe(true);
  });

  it('loads the file of document 737 when it is selected, and shows its records', async () => {
    await page.fill('#doc-page', '4');
    await page.press('#doc-page', 'Enter');
    await page.locator('#doc-table tr[data-id="synthetic-0737"]').click();
    await expect
      .poll(() => page.locator('#records-heading').textContent())
      .toBe('Records of “2020 bombardment of Stepanakert” (synthetic-0737)');
    expect(big.requests).toContain(inside('explorer/synthetic-0737.js'));
    expect(
      await page.locator('#doc-table tr[data-id="synthetic-0737"]').getAttribute('aria-selected'),
    ).toBe('true');
    const ids = await page
      .locator('#table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')));
    expect(ids).toEqual(
      json<Casualty>(out, 'casualties')
        .filter((c) => c.casualty_id.startsWith('synthetic-0737:'))
        .map((c) => c.casualty_id),
    );
    expect(big.consoleErrors).toEqual([]);
  });

  it('shows the source paragraph of a record of document 737, its quote marked', async () => {
    const target = json<Casualty>(out, 'casualties').find(
      (c) => c.casualty_id === 'synthetic-0737:cas-0927-injured',
    ) as Casualty;
    await page.locator(`#table tbody tr[data-id="${target.casualty_id}"]`).click();
    expect(await page.locator('#detail mark').textContent()).toBe(target.quote);
    expect(await page.locator('#detail blockquote').textContent()).toContain(
      'the Azerbaijani MoD denied these claims.',
    );
    expect(await page.locator('#detail .hint').last().textContent()).toBe(
      `Code points ${target.span_start}–${target.span_end} of “2020 bombardment of Stepanakert”.`,
    );
  });

  it('pages the records of a table 100 rows at a time, from the first page when a filter changes', async () => {
    await page.click('#tab-claims');
    expect(await page.locator('#count').textContent()).toBe('105 of 105 claims records');
    expect(await page.locator('#rows-range').textContent()).toBe('Rows 1–100 of 105');
    expect(await page.locator('#table tbody tr').count()).toBe(100);
    expect(await page.locator('#rows-prev').isDisabled()).toBe(true);
    await page.click('#rows-next');
    expect(await page.locator('#rows-range').textContent()).toBe('Rows 101–105 of 105');
    expect(await page.locator('#table tbody tr').count()).toBe(5);
    expect(await page.locator('#rows-next').isDisabled()).toBe(true);
    await page.selectOption('#f-stance', 'denies');
    expect(await page.locator('#table tbody tr').count()).toBe(6);
    expect(await page.locator('#rows-pager').isHidden()).toBe(true);
    await page.click('#f-clear');
    expect(await page.locator('#rows-range').textContent()).toBe('Rows 1–100 of 105');
  });
});

describe('the explorer page of 3 documents in Chromium', () => {
  let out: string;
  let three: Opened;
  const inside = (name: string) => pathToFileURL(join(out, name)).href;

  beforeAll(async () => {
    const work = tempDir();
    out = join(work, 'out');
    await node(['bench/generate-corpus.mjs', join(work, 'raw'), '3']);
    await node([
      'compiled/stepanakert.mjs',
      'build',
      '--raw',
      join(work, 'raw'),
      '--out',
      out,
      '--quiet',
    ]);
    three = await open(inside('index.html'));
  }, 120_000);

  it('draws every event of every document, and an incident selected loads its document and filters', async () => {
    const { page } = three;
    expect(await page.locator('#doc-range').textContent()).toBe('Documents 1–3 of 3 (page 1 of 1)');
    const shown = await page
      .locator('#timeline svg [data-event]')
      .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-document')));
    expect(shown.sort()).toEqual(
      ['synthetic-0000', 'synthetic-0001', 'synthetic-0002'].flatMap((d) => Array(6).fill(d)),
    );
    await page.locator('svg [data-event="synthetic-0002:inc-0927-1400"]').click();
    await expect
      .poll(() => page.locator('#records-heading').textContent())
      .toBe('Records of “2020 bombardment of Stepanakert” (synthetic-0002)');
    expect(await page.locator('#count').textContent()).toBe('2 of 7 casualties records');
    expect(await page.locator('#f-event').inputValue()).toBe('synthetic-0002:inc-0927-1400');
    expect(
      await page
        .locator('svg [data-event="synthetic-0002:inc-0927-1400"]')
        .getAttribute('aria-pressed'),
    ).toBe('true');
    expect(three.requests).toContain(inside('explorer/synthetic-0002.js'));
    expect(three.consoleErrors).toEqual([]);
  });
});
