import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../pipeline/lib/hash.js';
import { POOL_FROM } from '../pipeline/stages/parts-pool.js';
import { cleanTempDirs, cli, ROOT, runMain, snapshot, tempDir } from './helpers.js';

afterAll(cleanTempDirs);

// more than POOL_FROM: the documents are built by the worker pool, as a large corpus's are
const DOCUMENTS = 20;
let raw: string;
let cache: string;

/** Builds RAW into `out` and returns the build's JSON summary. */
function build(out: string, ...flags: string[]) {
  const r = cli(['build', '--raw', raw, '--out', out, '--json', ...flags]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as { documents: number; built: number; reused: number };
}
const counts = (s: { documents: number; built: number; reused: number }) => [
  s.documents,
  s.built,
  s.reused,
];

beforeAll(() => {
  const dir = tempDir();
  raw = join(dir, 'raw');
  cache = join(dir, 'cache');
  execFileSync(process.execPath, [join(ROOT, 'bench/generate-corpus.mjs'), raw, String(DOCUMENTS)]);
});

describe('the per-document cache', () => {
  it('builds every document once, then reuses them all and writes the same bytes', () => {
    const out = join(tempDir(), 'out');
    expect(counts(build(out, '--cache', cache))).toEqual([DOCUMENTS, DOCUMENTS, 0]);
    const first = snapshot(out);
    expect(counts(build(out, '--cache', cache))).toEqual([DOCUMENTS, 0, DOCUMENTS]);
    expect(snapshot(out)).toEqual(first);
  });

  it('rebuilds an edited document alone, and the result is a clean build byte for byte', () => {
    const out = join(tempDir(), 'out');
    build(out, '--cache', cache);
    const file = join(raw, 'synthetic-0007/annotations.json');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('"note": "Stands for', '"note": "Edited: stands for'));
    expect(counts(build(out, '--cache', cache))).toEqual([DOCUMENTS, 1, DOCUMENTS - 1]);
    const clean = join(tempDir(), 'clean');
    expect(counts(build(clean, '--no-cache'))).toEqual([DOCUMENTS, DOCUMENTS, 0]);
    expect(snapshot(out)).toEqual(snapshot(clean));
    // one entry per document: the edited document's old entry is gone
    expect(readdirSync(cache).filter((n) => n.startsWith('synthetic-0007.'))).toHaveLength(1);
  });

  it('builds a document again when its entry is damaged, never failing on it', () => {
    const out = join(tempDir(), 'out');
    build(out, '--cache', cache);
    const before = snapshot(out);
    const entry = readdirSync(cache).find((n) => n.startsWith('synthetic-0003.')) as string;
    truncateSync(join(cache, entry), 1000);
    expect(counts(build(out, '--cache', cache))).toEqual([DOCUMENTS, 1, DOCUMENTS - 1]);
    expect(snapshot(out)).toEqual(before);
  });

  it('keeps nothing without --cache, or with --no-cache', () => {
    const dir = tempDir();
    expect(counts(build(join(dir, 'a')))).toEqual([DOCUMENTS, DOCUMENTS, 0]);
    expect(counts(build(join(dir, 'b'), '--cache', join(dir, 'c'), '--no-cache'))).toEqual([
      DOCUMENTS,
      DOCUMENTS,
      0,
    ]);
    expect(readdirSync(dir).sort()).toEqual(['a', 'b']);
  });

  it('refuses a cache that is a file, naming it and the fix', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'cache'), 'mine\n');
    const r = cli([
      'build',
      '--raw',
      raw,
      '--out',
      join(dir, 'out'),
      '--cache',
      join(dir, 'cache'),
    ]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `error: ${join(dir, 'cache')}: the cache folder is not a folder\n  expected: a folder the build may write its per-document entries into\n  found:    a file\n  fix:      pass --cache <folder> naming a folder, or --no-cache\n`,
    );
    expect(readFileSync(join(dir, 'cache'), 'utf8')).toBe('mine\n');
    expect(readdirSync(dir)).toEqual(['cache']);
  });
});

describe('a folder whose name is no document id', () => {
  it('is reported as the input error it is, not as a cache path too long', () => {
    const dir = tempDir();
    const name = 'a'.repeat(200);
    cpSync(join(raw, 'synthetic-0001'), join(dir, 'raw', name), { recursive: true });
    cpSync(join(raw, 'gazetteer.json'), join(dir, 'raw/gazetteer.json'));
    for (const flags of [[], ['--cache', 'cache']]) {
      const r = cli(['build', '--raw', 'raw', '--out', 'out', '--quiet', ...flags], { cwd: dir });
      expect(r.stderr).toBe(
        `error: raw/${name}/document.json:3:3, field "id": the document id differs from its folder name\n  expected: "${name}"\n  found:    "synthetic-0001"\n  fix:      rename the folder or set "id" to "${name}"\n`,
      );
      expect(r.status).toBe(1);
    }
  });
});

describe('a cache inside OUT or RAW', () => {
  it('is refused before anything is written, naming it and the fix; OUT and RAW are left as they were', () => {
    const dir = tempDir();
    cpSync(raw, join(dir, 'raw'), { recursive: true });
    const out = join(dir, 'out');
    build(out);
    const published = snapshot(out);
    const rawBefore = snapshot(join(dir, 'raw'));
    for (const [name, cacheDir] of [
      ['OUT', 'out/cache'],
      ['RAW', 'raw/cache'],
      ['RAW', 'raw'],
    ]) {
      const r = cli(['build', '--raw', 'raw', '--out', 'out', '--cache', cacheDir as string], {
        cwd: dir,
      });
      expect(r.stderr).toBe(
        `error: ${cacheDir}: the cache folder is inside ${name}\n  expected: a folder outside OUT and RAW\n  found:    --cache ${cacheDir}, ${name} ${(name as string).toLowerCase()}\n  fix:      pass --cache <folder> naming a folder outside OUT and RAW, or --no-cache\n`,
      );
      expect(r.status).toBe(1);
      expect(snapshot(out)).toEqual(published);
      expect(readdirSync(out)).not.toContain('cache');
      expect(snapshot(join(dir, 'raw'))).toEqual(rawBefore);
      expect(readdirSync(dir).sort()).toEqual(['out', 'raw']);
    }
  });
});

describe('the worker pool', () => {
  it('builds more than POOL_FROM documents', () => {
    expect(DOCUMENTS).toBeGreaterThan(POOL_FROM);
  });

  it('reports an input error of a document a worker built exactly as the main thread does', () => {
    const dir = tempDir();
    const many = join(dir, 'many');
    const one = join(dir, 'one');
    cpSync(raw, join(many, 'raw'), { recursive: true });
    const broken = join(many, 'raw/synthetic-0013/annotations.json');
    writeFileSync(
      broken,
      readFileSync(broken, 'utf8').replace('"event": "campaign"', '"event": "nowhere"'),
    );
    mkdirSync(join(one, 'raw'), { recursive: true });
    cpSync(join(many, 'raw/synthetic-0013'), join(one, 'raw/synthetic-0013'), { recursive: true });
    cpSync(join(raw, 'gazetteer.json'), join(one, 'raw/gazetteer.json'));
    const pooled = cli(['build', '--raw', 'raw', '--out', 'out'], { cwd: many });
    const alone = cli(['build', '--raw', 'raw', '--out', 'out'], { cwd: one });
    expect(pooled.status).toBe(1);
    expect(pooled.stderr).toBe(alone.stderr);
    expect(pooled.stderr).toContain('raw/synthetic-0013/annotations.json:');
    expect(pooled.stderr).toContain('the reference names no annotation');
    expect(readdirSync(many).sort()).toEqual(['raw']);
  });

  it('reports a system error of a worker (reading a document, writing its entry) exactly as the main thread does', () => {
    const dir = tempDir();
    const many = join(dir, 'many');
    const one = join(dir, 'one');
    cpSync(raw, join(many, 'raw'), { recursive: true });
    mkdirSync(join(one, 'raw'), { recursive: true });
    cpSync(join(raw, 'synthetic-0013'), join(one, 'raw/synthetic-0013'), { recursive: true });
    cpSync(join(raw, 'gazetteer.json'), join(one, 'raw/gazetteer.json'));
    const failing = (cwd: string, call: string) => {
      const r = spawnSync(
        process.execPath,
        [
          ...['--require', join(ROOT, 'test/fixtures/fail-syscall.cjs')],
          join(ROOT, 'compiled/stepanakert.mjs'),
          ...['build', '--raw', 'raw', '--out', 'out', '--cache', 'cache', '--quiet'],
        ],
        { cwd, encoding: 'utf8', env: { ...process.env, FAIL_SYSCALL: call } },
      );
      return { status: r.status, stderr: r.stderr.replace(/\.tmp-\d+/g, '.tmp-<pid>') };
    };
    for (const call of [
      'readFileSync:EACCES:synthetic-0013/annotations.json',
      'writeFileSync:ENOSPC:synthetic-0013.',
    ]) {
      const pooled = failing(many, call);
      expect(pooled, call).toEqual(failing(one, call));
      expect(pooled.status).toBe(1);
      expect(pooled.stderr.split('\n')).toHaveLength(5);
      expect(readdirSync(many).sort()).toEqual(['cache', 'raw']);
    }
    expect(failing(many, 'readFileSync:EACCES:synthetic-0013/annotations.json').stderr).toBe(
      [
        'error: raw/synthetic-0013/annotations.json: permission denied',
        '  expected: a path this user may read and write',
        '  found:    EACCES from readFile on "raw/synthetic-0013/annotations.json"',
        '  fix:      give this user permission on the path (or its folder), or choose another folder',
        '',
      ].join('\n'),
    );
  });

  it('builds with the gazetteer the cache key was made of, even when it is edited during the build', () => {
    const dir = tempDir();
    cpSync(raw, join(dir, 'raw'), { recursive: true });
    const gazetteer = join(dir, 'raw/gazetteer.json');
    const original = readFileSync(gazetteer);
    const edited = spawnSync(
      process.execPath,
      [
        '--require',
        join(ROOT, 'test/fixtures/edit-gazetteer.cjs'),
        join(ROOT, 'compiled/stepanakert.mjs'),
        ...['build', '--raw', 'raw', '--out', 'edited', '--cache', 'cache', '--quiet'],
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(edited.stderr).toBe('');
    expect(readFileSync(gazetteer, 'utf8')).toContain('"latitude": 39.9');
    writeFileSync(gazetteer, original);
    const cached = cli(['build', '--raw', 'raw', '--out', 'cached', '--cache', 'cache', '--json'], {
      cwd: dir,
    });
    expect(JSON.parse(cached.stdout).reused).toBe(DOCUMENTS);
    cli(['build', '--raw', 'raw', '--out', 'clean', '--quiet'], { cwd: dir });
    expect(snapshot(join(dir, 'cached'))).toEqual(snapshot(join(dir, 'clean')));
  });

  it('builds a long document (19 MB, well under the 64 MiB a text may have) as the main thread does', async () => {
    const dir = tempDir();
    cpSync(raw, join(dir, 'raw'), { recursive: true });
    const doc = join(dir, 'raw/synthetic-0005');
    const text = `${readFileSync(join(doc, 'text.txt'), 'utf8')}${'A line of a long appendix.\n'.repeat(700_000)}`;
    writeFileSync(join(doc, 'text.txt'), text);
    const meta = JSON.parse(readFileSync(join(doc, 'document.json'), 'utf8'));
    const fields = {
      sha256: sha256(text),
      bytes: Buffer.byteLength(text),
      code_points: [...text].length,
    };
    writeFileSync(
      join(doc, 'document.json'),
      `${JSON.stringify({ ...meta, ...fields }, null, 2)}\n`,
    );
    const pooled = cli(['build', '--raw', 'raw', '--out', 'pooled', '--quiet'], { cwd: dir });
    expect(pooled.stderr).toBe('');
    expect(pooled.status).toBe(0);
    // from source the build runs on the main thread alone
    const alone = await runMain([
      'build',
      '--raw',
      join(dir, 'raw'),
      '--out',
      join(dir, 'alone'),
      '--quiet',
    ]);
    expect(alone.status).toBe(0);
    expect(snapshot(join(dir, 'pooled'))).toEqual(snapshot(join(dir, 'alone')));
  });
});

describe('make keeps a cache per OUT', () => {
  it('rebuilds an edited document alone and says so, the cache beside its input list', () => {
    const dir = tempDir();
    const own = join(dir, 'raw');
    cpSync(raw, own, { recursive: true });
    const out = join(dir, 'out');
    const make = () =>
      spawnSync('make', ['-s', 'dist', `RAW=${own}`, `OUT=${out}`], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
    const first = make();
    expect(first.status).toBe(0);
    expect(first.stderr.split('\n')[0]).toMatch(
      new RegExp(
        `^built ${out} from ${DOCUMENTS} documents in \\d+\\.\\d\\d s: ${DOCUMENTS} built, 0 reused from the cache$`,
      ),
    );
    const file = join(own, 'synthetic-0002/annotations.json');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('"note": "Stands for', '"note": "Now: stands for'),
    );
    const second = make();
    expect(second.status).toBe(0);
    expect(second.stderr.split('\n')[0]).toMatch(
      new RegExp(`: 1 built, ${DOCUMENTS - 1} reused from the cache$`),
    );
    // the cache lives where make keeps its lists of inputs, never beside OUT
    expect(readdirSync(dir).sort()).toEqual(['out', 'raw']);
    const lists = process.env.STEPANAKERT_INPUT_LISTS as string;
    expect(readdirSync(lists).some((n) => n.endsWith('.cache'))).toBe(true);
  });
});

describe('a cache entry the build did not write whole', () => {
  /** A build, `damage` done to one document's entry, a build again: that document alone is built, the same bytes. */
  function rebuiltAfter(document: string, damage: (entry: string) => void): void {
    const dir = tempDir();
    const own = join(dir, 'cache');
    const out = join(dir, 'out');
    build(out, '--cache', own);
    const before = snapshot(out);
    damage(join(own, readdirSync(own).find((n) => n.startsWith(`${document}.`)) as string));
    expect(counts(build(out, '--cache', own))).toEqual([DOCUMENTS, 1, DOCUMENTS - 1]);
    expect(snapshot(out)).toEqual(before);
  }

  it('is built again when its header has another shape, never read as facts', () => {
    rebuiltAfter('synthetic-0004', (entry) => {
      const header = '{"facts":{"id":"x"},"segments":[]}\n';
      const check = crc32(Buffer.from(header)).toString(16).padStart(8, '0');
      writeFileSync(entry, `stepanakert-cache 3\n${check}\n${header}`);
    });
  });

  it('is built again when one byte of a row changed on disk, never published', () => {
    rebuiltAfter('synthetic-0005', (entry) => {
      const bytes = readFileSync(entry);
      // a count of a published row, 13 read as 93: the entry keeps its length and its shape
      const at = bytes.indexOf('"count_best": 13,');
      expect(at).toBeGreaterThan(0);
      bytes[at + '"count_best": '.length] = 0x39;
      writeFileSync(entry, bytes);
    });
  });
});
