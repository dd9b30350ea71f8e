import {
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTables } from '../pipeline/build.js';
import { sha256 } from '../pipeline/lib/hash.js';
import { readRelease } from '../pipeline/metadata/release.js';
import { publishTables } from '../pipeline/stages/publish-documents.js';
import { openDuckDb } from '../pipeline/write/to-parquet.js';
import { check, download, fixAll, problem, VERSION } from './download-helpers.js';
import { cleanTempDirs, DIST, RAW, tempDir } from './helpers.js';

afterAll(cleanTempDirs);

/** Two differing lines as the check shows them: from 40 characters before they differ, cut at 120. */
const excerpt = (a: string, b: string) => {
  let c = 0;
  while (a[c] === b[c]) c++;
  const cut = (s: string) => {
    const t = JSON.stringify(s.slice(c - 40));
    return `...${t.length > 120 ? `${t.slice(0, 117)}...` : t}`;
  };
  return [cut(a), cut(b)];
};

describe('check: a doctored download with its sums and descriptor fixed up', () => {
  it.each([
    ['a count written as hexadecimal in the CSV', ',13,,,more_than,', ',0x0d,,,more_than,'],
    ['CRLF line endings in the CSV', '\n', '\r\n'],
  ])('%s is not what this version writes', (_, from, to) => {
    const work = download();
    const path = join(work, 'd/casualties.csv');
    const lines = readFileSync(path, 'utf8').split('\n');
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll(from, to));
    const after = readFileSync(path, 'utf8').split('\n');
    const i = after.findIndex((l, k) => l !== lines[k]);
    fixAll(join(work, 'd'));
    expect(check(work)).toEqual({
      status: 1,
      stdout: '',
      stderr: `${problem(
        `d/casualties.csv:${i + 1}`,
        `differs from what version ${VERSION} generates from the folder's tables and schemas/`,
        excerpt(lines[i] as string, after[i] as string)[0],
        excerpt(lines[i] as string, after[i] as string)[1],
        'download the whole folder again or rebuild it; do not edit published files',
      )}\n1 problem(s) in d\n`,
    });
  });

  it('a file listed twice in SHA256SUMS, once with a wrong hash', () => {
    const work = download();
    const path = join(work, 'd/SHA256SUMS');
    const right = readFileSync(path, 'utf8');
    const n = right.split('\n').findIndex((l) => l.endsWith('  LICENSE')) + 2;
    writeFileSync(path, `${'0'.repeat(64)}  LICENSE\n${right}`);
    expect(check(work)).toEqual({
      status: 1,
      stdout: '',
      stderr: `${problem(
        `d/SHA256SUMS:${n}`,
        'a file is listed twice',
        'each file on one line',
        `"LICENSE", listed on line 1 already`,
        'download the whole folder again or rebuild it',
      )}\n\n${problem(
        'd/LICENSE',
        'checksum differs from SHA256SUMS',
        '0'.repeat(64),
        sha256(readFileSync(join(DIST, 'LICENSE'))),
        'the file was changed or damaged: download or rebuild it',
      )}\n2 problem(s) in d\n`,
    });
  });
});

describe('check: text that is not UTF-8', () => {
  it('an invalid byte in the JSON and CSV, U+FFFD in the Parquet, hashes fixed up', async () => {
    const out = join(tempDir(), 'd');
    const built = buildTables(RAW);
    const row = built.tables.claims[0] as { quote: string };
    row.quote = `\uFFFD${[...row.quote].slice(1).join('')}`;
    await publishTables(out, built.tables, readRelease(), built.texts);
    for (const name of ['claims.json', 'claims.csv']) {
      const bytes = readFileSync(join(out, name));
      const at = bytes.indexOf('\uFFFD');
      writeFileSync(
        join(out, name),
        Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at + 3)]),
      );
    }
    fixAll(out);
    const at = (name: string) => readFileSync(join(out, name)).indexOf(0xff);
    expect(check(join(out, '..'))).toEqual({
      status: 1,
      stdout: '',
      stderr: `${['json', 'csv']
        .map((ext) =>
          problem(
            `d/claims.${ext}`,
            'the file cannot be read',
            `a valid ${ext} file`,
            `invalid byte 0xFF at byte offset ${at(`claims.${ext}`)} (not UTF-8)`,
            'download or rebuild the file',
          ),
        )
        .join('\n\n')}\n2 problem(s) in d\n`,
    });
  });
});

describe('check: a descriptor that declares a huge size', () => {
  it('a 5 GiB table (sparse) declared as such is not read: a limit, never a stack trace', () => {
    const work = download();
    const path = join(work, 'd/datapackage.json');
    const d = JSON.parse(readFileSync(path, 'utf8'));
    for (const r of d.resources)
      for (const e of [r, ...(r.alternates ?? [])])
        if (e.path === 'claims.csv') e.bytes = 5 * 2 ** 30;
    writeFileSync(path, `${JSON.stringify(d, null, 2)}\n`);
    truncateSync(join(work, 'd/claims.csv'), 5 * 2 ** 30);
    const r = check(work);
    expect(r.stderr).not.toMatch(/\n {4}at /);
    expect(r.stderr.split('\n\n')).toContain(
      problem(
        'd/claims.csv',
        'the file is not read',
        `at most ${2 ** 30} bytes`,
        `${5 * 2 ** 30} bytes`,
        'download the whole folder again, or rebuild it',
      ),
    );
    expect(r.status).toBe(1);
  });
});

describe('check: the files of the folder are those this version publishes', () => {
  it('an extra file listed in SHA256SUMS, and a published one removed with its line', () => {
    const work = download();
    writeFileSync(join(work, 'd/setup.exe'), 'MZ\n');
    rmSync(join(work, 'd/timeline.svg'));
    fixAll(join(work, 'd'));
    expect(check(work)).toEqual({
      status: 1,
      stdout: '',
      stderr: `${problem(
        'd/setup.exe',
        `not a file version ${VERSION} publishes`,
        'only the tables as CSV, JSON and Parquet and the files generated beside them',
        'a file listed in SHA256SUMS',
        'delete the file, or download the whole folder again',
      )}\n\n${problem(
        'd/timeline.svg',
        'missing',
        `every file version ${VERSION} publishes`,
        'none',
        'download the whole folder again or rebuild it',
      )}\n2 problem(s) in d\n`,
    });
  });
});

describe('check: the explorer is what this version generates', () => {
  it('a record changed in explorer/<document_id>.js, SHA256SUMS fixed up', () => {
    const work = download();
    const path = join(work, 'd/explorer/stepanakert-2020.js');
    const before = readFileSync(path, 'utf8');
    const after = before.replace('"51 were injured"', '"510 were injured"');
    expect(after).not.toBe(before);
    writeFileSync(path, after);
    fixAll(join(work, 'd'));
    const [expected, found] = excerpt(before.replace(/\n$/, ''), after.replace(/\n$/, ''));
    expect(check(work)).toEqual({
      status: 1,
      stdout: '',
      stderr: `${problem(
        'd/explorer/stepanakert-2020.js:1',
        `differs from what version ${VERSION} generates from the folder's tables and schemas/`,
        String(expected),
        String(found),
        'download the whole folder again or rebuild it; do not edit published files',
      )}\n1 problem(s) in d\n`,
    });
  });

  it('a page of the list of documents removed with its line, and index.html changed', () => {
    const work = download();
    rmSync(join(work, 'd/explorer/documents-1.js'));
    const index = join(work, 'd/index.html');
    writeFileSync(
      index,
      readFileSync(index, 'utf8').replace(
        '<h2 id="records-heading">Records</h2>',
        '<h2 id="records-heading">Rows</h2>',
      ),
    );
    fixAll(join(work, 'd'));
    const r = check(work);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('error: '))).toEqual([
      'error: d/explorer/documents-1.js: missing',
      `error: d/index.html:${readFileSync(join(DIST, 'index.html'), 'utf8').split('\n').indexOf('<h2 id="records-heading">Records</h2>') + 1}: differs from what version ${VERSION} generates from the folder's tables and schemas/`,
    ]);
    expect(r.status).toBe(1);
  });
});

describe('check: nesting', () => {
  it('a datapackage.json of 100,000 opening brackets names the file and the place', () => {
    const work = download();
    writeFileSync(join(work, 'd/datapackage.json'), '['.repeat(100_000));
    const r = check(work);
    expect(r.stderr.split('\n\n')[0]).toBe(
      problem(
        'd/datapackage.json:1:65',
        'the JSON is nested too deeply',
        'at most 64 levels of arrays and objects',
        'more than 64 levels at line 1, column 65',
        'flatten the structure: no file of this project needs deep nesting; or download the file again',
      ),
    );
    expect(r.status).toBe(1);
  });
});

describe('check: nesting in a table', () => {
  it('a row holding 100,000 nested lists names the file and the place', () => {
    const work = download();
    const path = join(work, 'd/actors.json');
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace(
        '"actor_id"',
        `"deep": ${'['.repeat(100_000)}${']'.repeat(100_000)}, "actor_id"`,
      ),
    );
    fixAll(join(work, 'd'));
    expect(check(work)).toEqual({
      status: 1,
      stdout: '',
      stderr: `${problem(
        'd/actors.json:3:75',
        'the JSON is nested too deeply',
        'at most 64 levels of arrays and objects',
        'more than 64 levels at line 3, column 75',
        'flatten the structure: no file of this project needs deep nesting; or download the file again',
      )}\n1 problem(s) in d\n`,
    });
  });
});

describe('check: a row names its record by its key', () => {
  it('a row whose first key is "__proto__" holding an object', () => {
    const work = download();
    const path = join(work, 'd/actors.json');
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace('"actor_id"', '"__proto__": {"polluted": 1}, "actor_id"'),
    );
    fixAll(join(work, 'd'));
    const r = check(work);
    expect(r.stderr).not.toContain('[object Object]');
    expect(r.stderr).toContain(
      problem(
        'd/actors.json, id "stepanakert-2020:afp", field "__proto__"',
        'unknown field',
        'only the fields the schema defines',
        'field "__proto__"',
        'the row breaks schemas/tables/actors.schema.json: rebuild the folder',
      ),
    );
    expect(r.status).toBe(1);
  });
});

describe('check: a listed entry that is not a file', () => {
  it('a path through a file (LICENSE/x) is missing, one problem among the others', () => {
    const work = download();
    writeFileSync(join(work, 'd/SHA256SUMS'), `${'0'.repeat(64)}  LICENSE/x\n`, { flag: 'a' });
    expect(check(work)).toEqual({
      status: 1,
      stdout: '',
      stderr: `${problem(
        'd/LICENSE/x',
        'listed in SHA256SUMS but missing',
        'the file',
        'none',
        'download the whole folder again',
      )}\n1 problem(s) in d\n`,
    });
  });

  it('a link that leads nowhere is said to be a link, not missing', () => {
    const work = download();
    rmSync(join(work, 'd/events.json'));
    symlinkSync('/nonexistent', join(work, 'd/events.json'));
    expect(check(work).stderr.split('\n\n')[0]).toBe(
      problem(
        'd/events.json',
        'the file is not read',
        'a regular file inside the folder',
        'a symbolic link',
        'download the whole folder again, or rebuild it',
      ),
    );
  });
});

describe('check: an OUT that is no folder says what stands there', () => {
  it.each([
    ['a file', (dir: string) => writeFileSync(join(dir, 'd'), 'x\n'), 'a file, not a folder'],
    [
      'a loop of links',
      (dir: string) => {
        symlinkSync('e', join(dir, 'd'));
        symlinkSync('d', join(dir, 'e'));
      },
      'a symbolic link that leads to no folder (its target is missing, or a loop)',
    ],
  ])('%s', (_, make, found) => {
    const work = tempDir();
    make(work);
    expect(check(work)).toEqual({
      status: 1,
      stdout: '',
      stderr: `${problem(
        'd',
        'the folder does not exist',
        'a published dataset folder',
        found,
        'pass OUT=<folder> of a built or downloaded dataset',
      )}\n1 problem(s) in d\n`,
    });
  });
});

describe('check: the Parquet column types', () => {
  it('an integer column stored as DOUBLE (same values), hashes fixed up', async () => {
    const work = download();
    const path = join(work, 'd/casualties.parquet');
    const duck = await openDuckDb();
    try {
      await duck.connection.run(
        `COPY (SELECT * REPLACE (CAST(count_low AS DOUBLE) AS count_low) FROM read_parquet('${path}')) TO '${path}.new' (FORMAT parquet)`,
      );
    } finally {
      duck.close();
    }
    renameSync(`${path}.new`, path);
    fixAll(join(work, 'd'));
    expect(check(work)).toEqual({
      status: 1,
      stdout: '',
      stderr: `${problem(
        'd/casualties.parquet, field "count_low"',
        'a column has another type than its schema gives',
        'INTEGER',
        'DOUBLE',
        'rebuild the folder',
      )}\n1 problem(s) in d\n`,
    });
  });
});

describe('check: the version the descriptor gives', () => {
  it('a version that is not one is a problem, never "[object Object]"', () => {
    const work = download();
    const path = join(work, 'd/datapackage.json');
    const d = JSON.parse(readFileSync(path, 'utf8'));
    writeFileSync(path, `${JSON.stringify({ ...d, version: { x: 1 } }, null, 2)}\n`);
    fixAll(join(work, 'd'));
    expect(check(work)).toEqual({
      status: 1,
      stdout: '',
      stderr: `${problem(
        'd/datapackage.json, field "version"',
        'the descriptor gives no version',
        'a version such as "1.0.0"',
        '{"x":1}',
        'download the whole folder again or rebuild it',
      )}\n1 problem(s) in d\n`,
    });
  });
});
