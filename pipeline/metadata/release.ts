import { readFileSync } from 'node:fs';
import { fail } from '../lib/errors.js';
import { ROOT_URL } from '../lib/root.js';
import type { ReleaseInfo } from './to-datapackage.js';

const ROOT = ROOT_URL;

/** The version this code builds: package.json's. */
export function packageVersion(): string {
  return String(
    (JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8')) as { version: string })
      .version,
  );
}

/** The last second a four-digit year can write (9999-12-31T23:59:59Z). */
const LAST_SECOND = 253_402_300_799;

/**
 * The release being built: the version in package.json and its date in CHANGELOG.md
 * ("## [1.0.0] - 2026-11-27"). SOURCE_DATE_EPOCH, when set, gives the date instead. Never the clock.
 */
export function readRelease(env: NodeJS.ProcessEnv = process.env): ReleaseInfo {
  const version = packageVersion();
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch) || Number(epoch) > LAST_SECOND) {
      fail({
        file: 'SOURCE_DATE_EPOCH',
        problem: 'not a Unix time',
        expected: `whole seconds since 1970-01-01, at most ${LAST_SECOND} (9999-12-31T23:59:59Z)`,
        found: JSON.stringify(epoch),
        fix: 'unset it or set it to e.g. $(git log -1 --format=%ct)',
      });
    }
    return {
      version,
      created: new Date(Number(epoch) * 1000).toISOString().replace(/\.000Z$/, 'Z'),
    };
  }
  const changelog = readFileSync(new URL('CHANGELOG.md', ROOT), 'utf8');
  const escaped = version.replace(/\./g, '\\.');
  const m = new RegExp(`^## \\[${escaped}\\] - (\\d{4}-\\d{2}-\\d{2})$`, 'm').exec(changelog);
  if (!m) {
    fail({
      file: 'CHANGELOG.md',
      problem: `no entry for version ${version} of package.json`,
      expected: `a heading "## [${version}] - YYYY-MM-DD"`,
      found: 'none',
      fix: 'add the release to CHANGELOG.md (or correct "version" in package.json)',
    });
  }
  return { version, created: `${m[1]}T00:00:00Z` };
}
