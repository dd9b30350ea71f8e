import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTables } from '../pipeline/build.js';
import { readRelease } from '../pipeline/metadata/release.js';
import { publishTables } from '../pipeline/stages/publish-documents.js';
import { check, download, fixAll, fixSums, problem, VERSION } from './download-helpers.js';
import { cleanTempDirs, cli, DIST, RAW, tempDir } from './helpers.js';

afterAll(cleanTempDirs);

describe('check reads only regular files inside the folder', () => {
  it('a symbolic link to /etc/passwd is not followed, nor printed', () => {
    const work = download();
    rmSync(join(work, 'd/events.json'));
    symlinkSync('/etc/passwd', join(work, 'd/events.json'));
    const r = check(work);
    expect(r.status).toBe(1);
    expect(r.stderr).not.toContain('root:');
    expect(r.stderr).toContain(
      problem(
        'd/events.json',
        'the file is not read',
        'a regular file inside the folder',
        'a symbolic link',
        'download the whole folder again, or rebuild it',
      ),
    );
  });

  it('stats does not follow the link either', () => {
    const work = download();
    rmSync(join(work, 'd/events.json'));
    symlinkSync('/etc/passwd', join(work, 'd/events.json'));
    expect(cli(['stats', '--out', 'd'], { cwd: work })).toEqual({
      status: 1,
      stdout: '',
      stderr: `${problem(
        'd/events.json',
        'the table cannot be read',
        'a regular file inside the folder',
        'a symbolic link',
        'run `make check OUT=<folder>` for what is wrong; download or rebuild the folder',
      )}\n`,
    });
  });

  it('a file grown past its declared size (2 GiB, sparse) is not read at all', () => {
    const work = download();
    truncateSync(join(work, 'd/claims.csv'), 2 ** 31);
    const r = check(work);
    expect(r.stderr.split('\n\n')[0]).toBe(
      problem(
        'd/claims.csv',
        'size differs from datapackage.json',
        `${statSync(join(DIST, 'claims.csv')).size} bytes`,
        '2147483648 bytes',
        'download or rebuild the file',
      ),
    );
    expect(r.status).toBe(1);
  });

  it('a link to /dev/zero is not read (the check ends)', () => {
    const work = download();
    rmSync(join(work, 'd/claims.csv'));
    symlinkSync('/dev/zero', join(work, 'd/claims.csv'));
    const r = check(work);
    expect(r.stderr.split('\n')[0]).toBe('error: d/claims.csv: the file is not read');
    expect(r.stderr.endsWith('2 problem(s) in d\n')).toBe(true);
  });

  it('a FIFO in place of a table does not block, a folder in place of a file is said so', () => {
    const work = download();
    rmSync(join(work, 'd/actors.json'));
    expect(spawnSync('mkfifo', [join(work, 'd/actors.json')]).status).toBe(0);
    rmSync(join(work, 'd/damage.json'));
    mkdirSync(join(work, 'd/damage.json'));
    const r = check(work);
    expect(r.stderr.split('\n\n').slice(0, 2)).toEqual([
      problem(
        'd/actors.json',
        'the file is not read',
        'a regular file inside the folder',
        'a named pipe (FIFO)',
        'download the whole folder again, or rebuild it',
      ),
      problem(
        'd/damage.json',
        'the file is not read',
        'a regular file inside the folder',
        'a folder',
        'download the whole folder again, or rebuild it',
      ),
    ]);
    expect(r.status).toBe(1);
  });
});

describe('a damaged or doctored download is a list of problems, never a stack trace', () => {
  it('a truncated datapackage.json (a partial download)', () => {
    const work = download();
    truncateSync(join(work, 'd/datapackage.json'), 1000);
    const r = check(work);
    expect(r.stderr).not.toMatch(/\n {4}at /);
    expect(r.stderr).toContain('error: d/datapackage.json:');
    expect(r.stderr).toMatch(/error: d\/datapackage\.json:\d+:\d+: invalid JSON: /);
    expect(r.status).toBe(1);
  });

  it('"resources": {} with SHA256SUMS fixed up', () => {
    const work = download();
    const path = join(work, 'd/datapackage.json');
    const d = JSON.parse(readFileSync(path, 'utf8'));
    writeFileSync(path, `${JSON.stringify({ ...d, resources: {} }, null, 2)}\n`);
    fixSums(join(work, 'd'));
    const r = check(work);
    expect(r.stderr.split('\n\n')[0]).toBe(
      problem(
        'd/datapackage.json, field "resources"',
        'the descriptor is not shaped as this version writes it',
        'a list of resources',
        '{}',
        'download the whole folder again or rebuild it',
      ),
    );
    expect(r.status).toBe(1);
  });

  it('a table of {} with SHA256SUMS and the descriptor fixed up', () => {
    const work = download();
    writeFileSync(join(work, 'd/actors.json'), '[{}]\n');
    fixAll(join(work, 'd'));
    const r = check(work);
    expect(r.stderr).not.toMatch(/\n {4}at /);
    expect(r.stderr).toContain(
      problem(
        'd/actors.json, id "row 1", field "actor_id"',
        'a required field is missing',
        'field "actor_id"',
        'nothing',
        'the row breaks schemas/tables/actors.schema.json: rebuild the folder',
      ),
    );
    expect(r.stderr).toContain('error: d/actors.csv: rows differ from actors.json');
    expect(r.status).toBe(1);
  });

  it.each([
    [
      'a source that points elsewhere',
      '"path": "https://en.wikipedia.org/wiki/2020_bombardment_of_Stepanakert"',
      '"path": "https://example.org/"',
    ],
    ['a field type changed', '"type": "integer"', '"type": "string"'],
  ])('a descriptor with %s, SHA256SUMS fixed up', (_, from, to) => {
    const work = download();
    const path = join(work, 'd/datapackage.json');
    const lines = readFileSync(path, 'utf8').split('\n');
    const i = lines.findIndex((l) => l.includes(from));
    writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
    fixSums(join(work, 'd'));
    expect(check(work).stderr).toBe(
      `${problem(
        `d/datapackage.json:${i + 1}`,
        `differs from what version ${VERSION} generates from the folder's tables and schemas/`,
        JSON.stringify(lines[i]),
        JSON.stringify(lines[i]?.replace(from, to)),
        'download the whole folder again or rebuild it; do not edit published files',
      )}\n1 problem(s) in d\n`,
    );
  });

  it('13 → 130 changed consistently in every format, hash, descriptor and card', async () => {
    const out = join(tempDir(), 'd');
    const built = buildTables(RAW);
    const row = built.tables.casualties.find((c) => c.count_quote === '13');
    expect(row).toBeDefined();
    Object.assign(row as object, { count_low: 130, count_best: 130, count_high: 130 });
    await publishTables(out, built.tables, readRelease(), built.texts);
    const r = check(join(out, '..'));
    expect(r.stderr).toContain(
      problem(
        `d/casualties.json, id "${String(row?.casualty_id)}", field "count_low"`,
        'count_low does not follow from the quoted words',
        '"13" read as qualifier / low / best / high exact / 13 / 13 / 13',
        'exact / 130 / 130 / 130',
        'the published values disagree with their own quotes: download or rebuild the folder',
      ),
    );
    expect(r.status).toBe(1);
  });

  it('a dataset of another version: says which version it fully checks, and checks the rest', () => {
    const work = download();
    const path = join(work, 'd/datapackage.json');
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace(`"version": "${VERSION}"`, '"version": "0.9.0"'),
    );
    fixSums(join(work, 'd'));
    expect(check(work)).toEqual({
      status: 0,
      stdout: '',
      stderr: `note: d is a dataset of version "0.9.0"; this check fully checks version ${VERSION}: its list of files, descriptor, codebook, card, licence, explorer, CSV and JSON were not compared with what version ${VERSION} generates (files, hashes, rows, schemas, keys and record rules were checked)\nchecked d: 10 tables, 255 rows, every file, hash, schema, key and quote agrees\n`,
    });
  });
});
