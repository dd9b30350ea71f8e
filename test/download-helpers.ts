import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../pipeline/lib/hash.js';
import { cli, DIST, ROOT, tempDir } from './helpers.js';

/** The version this checkout builds (package.json's). */
export const VERSION = String(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);

/** A copy of dist/ named `name` in a working folder; returns the working folder. */
export function download(name = 'd'): string {
  const work = tempDir();
  cpSync(DIST, join(work, name), { recursive: true });
  return work;
}

/** SHA256SUMS written again from the regular files, as an attacker who fixes it up would. */
export function fixSums(dir: string): void {
  const names = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((n) => n !== 'SHA256SUMS' && statSync(join(dir, n)).isFile())
    .sort();
  writeFileSync(
    join(dir, 'SHA256SUMS'),
    names.map((n) => `${sha256(readFileSync(join(dir, n)))}  ${n}\n`).join(''),
  );
}

/** The descriptor's sizes and hashes written again from the files, then SHA256SUMS. */
export function fixAll(dir: string): void {
  const path = join(dir, 'datapackage.json');
  const d = JSON.parse(readFileSync(path, 'utf8'));
  for (const r of d.resources)
    for (const e of [r, ...(r.alternates ?? [])]) {
      const bytes = readFileSync(join(dir, e.path));
      Object.assign(e, { bytes: bytes.length, hash: `sha256:${sha256(bytes)}` });
    }
  writeFileSync(path, `${JSON.stringify(d, null, 2)}\n`);
  fixSums(dir);
}

/** `check` of the downloaded folder d, run from its working folder. */
export const check = (work: string) => cli(['check', '--out', 'd'], { cwd: work });

/** One problem as check prints it. */
export const problem = (file: string, what: string, expected: string, found: string, fix: string) =>
  `error: ${file}: ${what}\n  expected: ${expected}\n  found:    ${found}\n  fix:      ${fix}`;
