import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { InputError } from '../pipeline/lib/errors.js';
import { cdnBase, home, latestAddress, versionedAddress } from '../pipeline/metadata/home.js';
import { TABLES } from '../pipeline/records/tables.js';
import { DIST, ROOT } from './helpers.js';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const version = (JSON.parse(read('package.json')) as { version: string }).version;

describe('one declared home: every address derives from schemas/dataset.json', () => {
  it('is the repository the project is published from', () => {
    expect(home()).toEqual({
      repository: 'https://github.com/stepanakert-data/stepanakert-bombardment-2020',
      slug: 'stepanakert-data/stepanakert-bombardment-2020',
      releases: 'https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases',
      issues: 'https://github.com/stepanakert-data/stepanakert-bombardment-2020/issues',
    });
  });

  it('refuses a declaration that is not a GitHub repository, saying where and how to fix it', () => {
    let error: unknown;
    try {
      home('https://example.org/data/');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect(
      (error as Error).message,
    ).toBe(`error: schemas/dataset.json, field "repository": not the address of a GitHub repository
  expected: https://github.com/<owner>/<name>, without a trailing slash
  found:    "https://example.org/data/"
  fix:      declare the repository the dataset is published from`);
  });

  it.each([
    'README.md',
    'CITATION.cff',
    'package.json',
    'dist/README.md',
    'dist/READING.md',
    'dist/datapackage.json',
  ])('%s names the home, and no GitHub address that is not under it', (file) => {
    const text = read(file);
    expect(text).toContain(home().repository);
    const addresses = [...text.matchAll(/https:\/\/github\.com\/[^\s"'<>)\]`]*/g)].map((m) => m[0]);
    expect(addresses.filter((a) => !a.startsWith(home().repository))).toEqual([]);
  });

  it('CITATION.cff gives the repository and where its releases are', () => {
    const citation = parseYaml(read('CITATION.cff')) as Record<string, unknown>;
    expect({
      url: citation.url,
      code: citation['repository-code'],
      artifact: citation['repository-artifact'],
    }).toEqual({ url: home().repository, code: home().repository, artifact: home().releases });
  });

  it('datapackage.json has the homepage and a download address for every resource and format', () => {
    const descriptor = JSON.parse(readFileSync(join(DIST, 'datapackage.json'), 'utf8')) as {
      homepage: string;
      resources: {
        path: string;
        download: string;
        alternates?: { path: string; download: string }[];
      }[];
    };
    expect(descriptor.homepage).toBe(home().repository);
    const files = descriptor.resources.flatMap((r) => [r, ...(r.alternates ?? [])]);
    expect(files.map((f) => f.download)).toEqual(
      // release assets are flat: sources/<document_id>.txt is attached as <document_id>.txt
      files.map((f) => versionedAddress(version, f.path.replace(/^sources\//, ''))),
    );
    expect(versionedAddress('1.0.0', 'events.csv')).toBe(
      'https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/download/v1.0.0/events.csv',
    );
  });

  it('the card gives each format of each table in the latest release and in this version', () => {
    const card = readFileSync(join(DIST, 'README.md'), 'utf8');
    for (const t of TABLES)
      expect(card).toContain(
        `| \`${t}\` | ${['csv', 'json', 'parquet'].map((x) => `[${x}](${latestAddress(`${t}.${x}`)})`).join(' · ')} | ${['csv', 'json', 'parquet'].map((x) => `[${x}](${versionedAddress(version, `${t}.${x}`)})`).join(' · ')} |`,
      );
    expect(latestAddress('events.csv')).toBe(
      'https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/latest/download/events.csv',
    );
    expect(card).toContain('`sha256sum -c --ignore-missing SHA256SUMS`');
    expect(card).toContain('The CSV files are raw data, not spreadsheets.');
    expect(card).toContain('character set "Unicode (UTF-8)"');
  });
});

describe("the README's JavaScript works in Node and in a browser", () => {
  const snippet =
    /<!-- javascript:start -->\n```js\n([\s\S]*?)```\n<!-- javascript:end -->/.exec(
      read('README.md'),
    )?.[1] ?? '';
  let server: Server;
  let origin = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      res.setHeader('access-control-allow-origin', '*');
      if (req.url === '/page.html') {
        res.setHeader('content-type', 'text/html');
        res.end('<!doctype html><title>page</title>');
      } else {
        const path = join(DIST, String(req.url).replace(/^\/dist\//, ''));
        if (existsSync(path)) res.end(readFileSync(path));
        else res.writeHead(404).end();
      }
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const a = server.address();
    origin = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  const local = () => snippet.replace(cdnBase(version), `${origin}/dist/`);
  const expected = (
    JSON.parse(readFileSync(join(DIST, 'casualties.json'), 'utf8')) as Record<string, unknown>[]
  )
    // what console.log prints: its arguments separated by spaces, null as "null"
    .map((c) =>
      [c.outcome, c.qualifier, c.count_low, c.count_best, c.count_high].map(String).join(' '),
    )
    .join('\n');

  it('reads from the CDN address of this major version', () => {
    expect(snippet).toContain(`const base = "${cdnBase(version)}";`);
    expect(cdnBase('1.2.3')).toBe(
      'https://cdn.jsdelivr.net/gh/stepanakert-data/stepanakert-bombardment-2020@1/dist/',
    );
  });

  it('in Node, as a module', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--input-type=module', '-e', local()],
      {
        encoding: 'utf8',
      },
    );
    // console.log prints null as "null"; join() prints it as ""
    expect(stdout.trim()).toBe(
      expected.replace(/ (?= |$)/g, ' null').replace(/ (?= |$)/gm, ' null'),
    );
  });

  it('in Chromium, as a module script of a page on another origin', async () => {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
    });
    try {
      const page = await browser.newPage();
      const lines: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'log') lines.push(m.text());
      });
      await page.goto(`${origin.replace('127.0.0.1', 'localhost')}/page.html`);
      await page.addScriptTag({ type: 'module', content: `${local()}\nconsole.log("done");` });
      await expect.poll(() => lines.at(-1)).toBe('done');
      expect(lines.slice(0, -1).join('\n')).toBe(expected);
    } finally {
      await browser.close();
    }
  });
});
