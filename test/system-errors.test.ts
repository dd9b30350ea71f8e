import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cleanTempDirs,
  cli,
  copyRaw,
  DIST,
  DOC,
  RAW,
  ROOT,
  selector,
  snapshot,
  tempDir,
  writeDocument,
} from './helpers.js';

afterAll(cleanTempDirs);

let work: string;
beforeAll(() => {
  work = tempDir();
});

/** The build run with one fs call failing as the system would (test/fixtures/fail-syscall.cjs). */
function failing(call: string, out: string, extra: string[] = []) {
  const r = spawnSync(
    process.execPath,
    [
      '--require',
      join(ROOT, 'test/fixtures/fail-syscall.cjs'),
      join(ROOT, 'compiled/stepanakert.mjs'),
      'build',
      '--out',
      out,
      '--quiet',
      ...extra,
    ],
    { cwd: work, encoding: 'utf8', env: { ...process.env, FAIL_SYSCALL: call } },
  );
  return { status: r.status, stderr: r.stderr.replace(/\.(tmp|lock)-\d+/g, '.$1-<pid>') };
}

const message = (file: string, problem: string, expected: string, found: string, fix: string) =>
  `error: ${file}: ${problem}\n  expected: ${expected}\n  found:    ${found}\n  fix:      ${fix}\n`;

/** A published copy of dist/ in the working folder, to be replaced. */
function published(name: string): string {
  const out = join(work, name);
  cpSync(DIST, out, { recursive: true });
  return out;
}

describe('every system error is one clear message, exit 1, and OUT stays whole', () => {
  it('ENOSPC: a job summary on a full disk, after the dataset is published', () => {
    const out = join(work, 'enospc');
    const r = cli(['build', '--raw', RAW, '--out', out, '--quiet'], {
      cwd: work,
      env: { GITHUB_STEP_SUMMARY: '/dev/full' },
    });
    expect(r).toEqual({
      status: 1,
      stdout: '',
      stderr: message(
        '/dev/full',
        'the disk is full',
        'free space to write the file',
        'ENOSPC from write on "/dev/full"',
        'free space on that disk, or choose a folder on another disk, and run again',
      ),
    });
    expect(snapshot(out)).toEqual(snapshot(DIST));
  });

  it('through make: the job summary fails after the swap, and make leaves the new dataset whole', () => {
    const out = join(work, 'make-enospc');
    cpSync(DIST, out, { recursive: true });
    const r = spawnSync('make', ['-s', 'dist', `OUT=${out}`], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_STEP_SUMMARY: '/dev/full', NO_COLOR: '1' },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('error: /dev/full: the disk is full\n');
    expect(r.stderr).not.toContain('Deleting file');
    expect(snapshot(out)).toEqual(snapshot(DIST));
    expect(cli(['check', '--out', out]).status).toBe(0);
  });

  it('EACCES: an unreadable text', () => {
    expect(failing('readFileSync:EACCES:text.txt', 'eacces', ['--raw', RAW])).toEqual({
      status: 1,
      stderr: message(
        `${RAW}/${DOC}/text.txt`,
        'permission denied',
        'a path this user may read and write',
        `EACCES from readFile on "${RAW}/${DOC}/text.txt"`,
        'give this user permission on the path (or its folder), or choose another folder',
      ),
    });
    expect(readdirSync(work)).not.toContain('eacces');
  });

  it('EBUSY: OUT on a mount point cannot be renamed into place', () => {
    expect(failing('renameSync:EBUSY:ebusy', 'ebusy', ['--raw', RAW])).toEqual({
      status: 1,
      stderr: message(
        'ebusy',
        'the path is busy (a mount point, or in use by another program)',
        'a folder that can be renamed and removed',
        'EBUSY from rename of ".ebusy.tmp-<pid>" to "ebusy"',
        'choose an OUT inside a mounted folder rather than the mount point itself, or close the program using it',
      ),
    });
  });

  it('EMFILE: no file descriptor left while writing', () => {
    const out = published('emfile');
    const before = snapshot(out);
    // the first file the build opens in its new folder: a table's JSON, written as documents come
    expect(failing('openSync:EMFILE:.emfile.tmp-', 'emfile', ['--raw', RAW])).toEqual({
      status: 1,
      stderr: message(
        '.emfile.tmp-<pid>/events.json',
        'too many open files in this process',
        'a free file descriptor',
        'EMFILE from open on ".emfile.tmp-<pid>/events.json"',
        'raise the limit of open files (ulimit -n) and run again',
      ),
    });
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(work).filter((n) => n.startsWith('.emfile'))).toEqual([]);
  });

  it('EPERM: the previous OUT cannot be removed (owned by another user)', () => {
    const out = published('eperm');
    // the first two removals are the build's own: a stale temporary folder, its temporary cache
    expect(failing('rmSync:EPERM:.eperm.tmp-:3', 'eperm', ['--raw', RAW])).toEqual({
      status: 1,
      stderr: message(
        'eperm',
        'the new dataset is published, but the previous copy could not be removed: operation not permitted',
        'a path this user may change (not owned by another user, not immutable)',
        'EPERM from rm on ".eperm.tmp-<pid>"',
        `remove ${work}/.eperm.tmp-<pid> yourself (as its owner), then change the owner or attributes of the path, or choose another folder`,
      ),
    });
    expect(snapshot(out)).toEqual(snapshot(DIST));
  });

  it('EROFS: a read-only file system', () => {
    expect(failing('writeFileSync:EROFS:.erofs.lock-', 'erofs', ['--raw', RAW])).toEqual({
      status: 1,
      stderr: message(
        '.erofs.lock-<pid>',
        'the file system is read-only',
        'a writable file system',
        'EROFS from writeFile on ".erofs.lock-<pid>"',
        'choose a folder on a writable disk',
      ),
    });
  });

  it('EACCES while check reads a download: listed with the other problems', () => {
    const out = published('check-eacces');
    const r = spawnSync(
      process.execPath,
      [
        '--require',
        join(ROOT, 'test/fixtures/fail-syscall.cjs'),
        join(ROOT, 'compiled/stepanakert.mjs'),
        'check',
        '--out',
        'check-eacces',
      ],
      {
        cwd: work,
        encoding: 'utf8',
        env: { ...process.env, FAIL_SYSCALL: 'openSync:EACCES:events.json' },
      },
    );
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n\n')[0]).toBe(
      message(
        'check-eacces/events.json',
        'permission denied',
        'a path this user may read and write',
        'EACCES from open on "check-eacces/events.json"',
        'give this user permission on the path (or its folder), or choose another folder',
      ).trimEnd(),
    );
    expect(snapshot(out)).toEqual(snapshot(DIST));
  });

  it('ENAMETOOLONG: a folder name longer than 255 bytes (a real one)', () => {
    const name = 'x'.repeat(300);
    const r = cli(['build', '--out', name, '--quiet'], { cwd: work });
    expect(r).toEqual({
      status: 1,
      stdout: '',
      stderr: message(
        name,
        'the path is too long',
        'each name at most 255 bytes and the whole path at most 4,096',
        `ENAMETOOLONG from lstat on ${JSON.stringify(name).slice(0, 117)}...`,
        'choose a shorter folder name or path',
      ),
    });
  });
});

describe('every limit is one clear message, exit 1', () => {
  it('SOURCE_DATE_EPOCH beyond the year 9999', () => {
    const r = cli(['build', '--out', join(work, 'epoch'), '--quiet'], {
      env: { SOURCE_DATE_EPOCH: '253402300800' },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      message(
        'SOURCE_DATE_EPOCH',
        'not a Unix time',
        'whole seconds since 1970-01-01, at most 253402300799 (9999-12-31T23:59:59Z)',
        '"253402300800"',
        'unset it or set it to e.g. $(git log -1 --format=%ct)',
      ),
    );
  });

  it('JSON nested 5,000 levels deep', () => {
    const raw = copyRaw();
    const path = join(raw, DOC, 'annotations.json');
    const text = readFileSync(path, 'utf8');
    writeFileSync(
      path,
      text.replace(
        '"annotations": [',
        `"deep": ${'['.repeat(5000)}${']'.repeat(5000)}, "annotations": [`,
      ),
    );
    const r = cli(['build', '--raw', raw, '--out', join(work, 'deep'), '--quiet']);
    expect(r.stderr.replaceAll(raw, '<raw>')).toBe(
      message(
        `<raw>/${DOC}/annotations.json:4:74`,
        'the JSON is nested too deeply',
        'at most 64 levels of arrays and objects',
        'more than 64 levels at line 4, column 74',
        'flatten the structure: no file of this project needs deep nesting',
      ),
    );
    expect(r.status).toBe(1);
  });

  it("a count above INTEGER's 2,147,483,647", () => {
    const text =
      'On March 3, 2021 the town was shelled; 3000000000 residents were killed. Local time is GMT+4.\n';
    const raw = join(tempDir(), 'raw');
    writeDocument(raw, 'mini', text, [
      { id: 'd1', kind: 'date', selector: selector(text, 'March 3, 2021'), rule: 'calendar' },
      { id: 'tz', kind: 'timezone', selector: selector(text, 'GMT+4') },
      {
        id: 'campaign',
        kind: 'campaign',
        selector: selector(text, 'the town was shelled'),
        location: 'Town',
        event_type: 'Explosions/Remote violence',
        sub_event_type: 'Shelling/artillery/missile attack',
        summary: 'Shelling.',
        dates: ['d1'],
        timezone: 'tz',
      },
      {
        id: 'cas',
        kind: 'casualty',
        selector: selector(text, '3000000000 residents were killed'),
        event: 'campaign',
        outcome: 'killed',
        population: 'civilian',
        scope: 'stepanakert',
        count: '3000000000',
      },
      {
        id: 'town',
        kind: 'place',
        selector: selector(text, 'the town'),
        gazetteer: 'stepanakert',
        located: ['campaign'],
      },
    ]);
    cpSync(join(RAW, 'gazetteer.json'), join(raw, 'gazetteer.json'));
    const r = cli(['build', '--raw', raw, '--out', join(work, 'int'), '--quiet']);
    expect(r.status).toBe(1);
    expect(r.stderr.replaceAll(raw, '<raw>')).toBe(
      ['count_low', 'count_best', 'count_high']
        .map((field) =>
          message(
            `<raw>/mini/annotations.json:46:5, id "mini:cas", field "${field}"`,
            'record of table casualties fails the schema rule "maximum"',
            'must be <= 2147483647',
            '3000000000',
            'correct the annotation the record is built from (schemas/tables/casualties.schema.json says what the field allows)',
          ),
        )
        .join('\n'),
    );
  });

  it('a text larger than 64 MiB', () => {
    const raw = copyRaw();
    truncateSync(join(raw, DOC, 'text.txt'), 64 * 2 ** 20 + 1);
    const r = cli(['build', '--raw', raw, '--out', join(work, 'big'), '--quiet']);
    expect(r.stderr.replaceAll(raw, '<raw>')).toBe(
      message(
        `<raw>/${DOC}/text.txt`,
        'the file is too large',
        'at most 67108864 bytes (64 MiB)',
        '67108865 bytes',
        'split the document into several document folders',
      ),
    );
    expect(r.status).toBe(1);
  });
});
