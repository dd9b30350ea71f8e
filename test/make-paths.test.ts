import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codePointText } from '../pipeline/lib/code-points.js';
import { sha256 } from '../pipeline/lib/hash.js';
import { ARTICLE, cleanTempDirs, DIST, DOC, RAW, ROOT, snapshot, tempDir } from './helpers.js';

afterAll(cleanTempDirs);

const make = (...args: string[]) =>
  spawnSync('make', ['-s', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });

/** `n` small documents cut from the real article (its title and infobox), without annotations. */
function corpus(raw: string, n: number): void {
  const text = `${ARTICLE.split('\n\n').slice(0, 2).join('\n\n')}\n`;
  const metadata = JSON.parse(readFileSync(join(RAW, DOC, 'document.json'), 'utf8'));
  const facts = {
    sha256: sha256(text),
    bytes: Buffer.byteLength(text),
    code_points: codePointText(text).length,
  };
  for (let i = 0; i < n; i++) {
    const id = `doc-${String(i).padStart(4, '0')}`;
    mkdirSync(join(raw, id), { recursive: true });
    writeFileSync(join(raw, id, 'text.txt'), text);
    writeFileSync(
      join(raw, id, 'document.json'),
      `${JSON.stringify({ ...metadata, id, ...facts }, null, 2)}\n`,
    );
    writeFileSync(
      join(raw, id, 'annotations.json'),
      `${JSON.stringify({ document_id: id, annotations: [] }, null, 2)}\n`,
    );
  }
}

describe('make passes paths and the input list without the shell', () => {
  it('a corpus of 3,000 documents at a long path (its input list far above 128 KiB) builds through make dist', () => {
    const long = join(tempDir(), 'a'.repeat(200), 'b'.repeat(200));
    const raw = join(long, 'raw');
    const out = join(long, 'out');
    corpus(raw, 3000);
    const listed = 3000 * 3 * (raw.length + 30);
    expect(listed).toBeGreaterThan(4 * 128 * 1024);
    const built = make('dist', `RAW=${raw}`, `OUT=${out}`);
    expect(built.stderr.split('\n')[0]).toBe(
      `built ${out} from 3000 documents in ${/in (\d+\.\d\d) s/.exec(built.stderr)?.[1]} s: 3000 built, 0 reused from the cache`,
    );
    expect(built.status).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'documents.json'), 'utf8')).length).toBe(3000);
    expect(make('dist', `RAW=${raw}`, `OUT=${out}`)).toMatchObject({
      status: 0,
      stdout: '',
      stderr: '',
    });
  });

  it('an OUT with an apostrophe and a space, and a RAW with an apostrophe: built, checked, then nothing to do', () => {
    const parent = tempDir();
    const raw = join(parent, "o'raw");
    const out = join(parent, "it's a dataset");
    cpSync(join(RAW, DOC), join(raw, DOC), { recursive: true });
    cpSync(join(RAW, 'gazetteer.json'), join(raw, 'gazetteer.json'));
    const built = make('dist', `RAW=${raw}`, `OUT=${out}`);
    expect(built.status).toBe(0);
    expect(snapshot(out)).toEqual(snapshot(DIST));
    expect(make('dist', `RAW=${raw}`, `OUT=${out}`)).toMatchObject({
      status: 0,
      stdout: '',
      stderr: '',
    });
    expect(make('check', `OUT=${out}`).stderr).toBe(
      `checked ${out}: 10 tables, 255 rows, every file, hash, schema, key and quote agrees\n`,
    );
  });

  it('an OUT that tries to close the quote runs no command', () => {
    const parent = tempDir();
    const name = "x' && touch pwned && echo '";
    const built = make('dist', `OUT=${join(parent, name)}`);
    expect(built.status).toBe(0);
    expect(readdirSync(parent)).toEqual([name]);
    expect(readdirSync(ROOT)).not.toContain('pwned');
    expect(snapshot(join(parent, name))).toEqual(snapshot(DIST));
  });

  it('an OUT make cannot name as a target is refused with the reason, before any command', () => {
    const parent = tempDir();
    const out = join(parent, 'a;b');
    expect(make('dist', `OUT=${out}`)).toMatchObject({
      status: 2,
      stdout: '',
      stderr: `Makefile:36: *** OUT="${out}": make cannot name a target with any of ; : % * ? [ or a newline in it (found ;); choose another folder name, or run "node compiled/stepanakert.mjs build --out <folder>", which takes any name.  Stop.\n`,
    });
    expect(readdirSync(parent)).toEqual([]);
    // a newline is refused too, and printed escaped: no line of the log starts with "::"
    const lines = make('dist', `OUT=${parent}/a\n::warning::x`).stderr.split('\n');
    expect(lines.filter((l) => l.startsWith('::'))).toEqual([]);
    expect(lines[0]).toContain(`OUT="${parent}/a\\n::warning::x": make cannot name a target`);
  });
});

describe('two makes into one OUT at once', () => {
  it('never race on the input list: each publishes in turn or names the lock', async () => {
    const out = join(tempDir(), 'shared');
    const run = () =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn('make', ['-s', 'dist', `OUT=${out}`], {
          cwd: ROOT,
          env: { ...process.env, NO_COLOR: '1' },
        });
        let stderr = '';
        child.stderr.on('data', (d) => {
          stderr += String(d);
        });
        child.once('exit', (code) => resolve({ code, stderr }));
      });
    for (let round = 0; round < 4; round++) {
      const results = await Promise.all([run(), run()]);
      for (const r of results) {
        expect(r.stderr).not.toContain('cannot stat');
        if (r.code !== 0)
          expect(r.stderr).toMatch(
            new RegExp(`^error: ${out}: another build is writing this output folder\\n`),
          );
      }
      expect(results.some((r) => r.code === 0)).toBe(true);
      expect(snapshot(out)).toEqual(snapshot(DIST));
    }
    expect(make('dist', `OUT=${out}`)).toMatchObject({ status: 0, stdout: '', stderr: '' });
  });
});
