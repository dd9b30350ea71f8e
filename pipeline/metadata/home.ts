import { fail } from '../lib/errors.js';
import { schemaJson } from '../lib/schema-files.js';

/** The public home of the dataset, declared once as `repository` in schemas/dataset.json. */
export interface Home {
  /** https://github.com/<owner>/<name> */
  repository: string;
  /** <owner>/<name>, as GitHub Actions names it in `github.repository`. */
  slug: string;
  releases: string;
  issues: string;
}

const GITHUB = /^https:\/\/github\.com\/([A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+)$/;

/** Every public address derives from this one declared value (`declared`, for tests). */
export function home(declared: unknown = schemaJson('dataset.json').repository): Home {
  const m = typeof declared === 'string' ? GITHUB.exec(declared) : null;
  if (!m || typeof declared !== 'string') {
    return fail({
      file: 'schemas/dataset.json',
      field: 'repository',
      problem: 'not the address of a GitHub repository',
      expected: 'https://github.com/<owner>/<name>, without a trailing slash',
      found: JSON.stringify(declared ?? null),
      fix: 'declare the repository the dataset is published from',
    });
  }
  return {
    repository: declared,
    slug: m[1] as string,
    releases: `${declared}/releases`,
    issues: `${declared}/issues`,
  };
}

/** The address of a published file in the latest release (it moves with every release). */
export const latestAddress = (file: string): string => `${home().releases}/latest/download/${file}`;

/** The address of a published file in the release of one version (it never changes). */
export const versionedAddress = (version: string, file: string): string =>
  `${home().releases}/download/v${version}/${file}`;

/** What package.json says of the home: `repository`, `homepage` and `bugs`, derived. */
export function packageHome(): Record<string, unknown> {
  const h = home();
  return {
    repository: { type: 'git', url: `git+${h.repository}.git` },
    homepage: `${h.repository}#readme`,
    bugs: { url: h.issues },
  };
}

/** The spreadsheet workbook's file name: the dataset's name. */
export const workbookName = (): string => `${String(schemaJson('dataset.json').name)}.xlsx`;

/** The release's zip of the whole data package: one name in every release, so `latest` finds it. */
export const archiveName = (): string => `${String(schemaJson('dataset.json').name)}.zip`;

/**
 * An address any page can fetch from (a CDN serving the repository's files at the newest tag of
 * a major version, with CORS headers): for the README's JavaScript, in Node and in a browser.
 */
export const cdnBase = (version: string): string =>
  `https://cdn.jsdelivr.net/gh/${home().slug}@${version.split('.')[0]}/dist/`;
