import type { AgreementReport } from '../agreement/report.js';
import { show } from '../lib/errors.js';
import { sha256 } from '../lib/hash.js';
import { packageVersion } from '../metadata/release.js';
import { renderMetadata } from '../metadata/render-metadata.js';
import type { Tables } from '../records/tables.js';
import type { Findings } from './check-folder.js';
import type { Publication } from './publish.js';

/** Files generated from the tables and schemas alone (index.html also needs the source texts). */
const GENERATED = [
  'datapackage.json',
  'CODEBOOK.md',
  'READING.md',
  'README.md',
  'LICENSE',
  'timeline.svg',
];

/**
 * The descriptor, codebook, card, licence and timeline against what this version's schemas/
 * generate from the folder's own tables: a changed field type, resource address or licence
 * fails. A dataset of another version is compared only where versions agree, and said so.
 */
export function checkMetadata(
  f: Findings,
  descriptor: Record<string, unknown>,
  tables: Tables,
  files: Map<string, Buffer>,
): void {
  const mine = packageVersion();
  const version = String(descriptor.version);
  if (version !== mine) {
    f.notes.push(
      `${f.dir} is a dataset of version ${show(version)}; this check fully checks version ${mine}: its descriptor, codebook, card and licence were not compared with what version ${mine} generates (files, hashes, rows, schemas, keys and record rules were checked)`,
    );
    return;
  }
  const published: Publication = new Map(
    [...files].map(([name, bytes]) => [name, { bytes: bytes.length, sha256: sha256(bytes) }]),
  );
  const generated = renderMetadata({ version, created: String(descriptor.created) })(
    tables,
    published,
    new Map(),
    publishedAgreements(files),
  );
  for (const name of GENERATED) {
    const want = generated.get(name);
    const have = files.get(name)?.toString('utf8');
    if (want === undefined || have === undefined || want === have) continue;
    const lines = [want.split('\n'), have.split('\n')] as const;
    const i = lines[0].findIndex((l, k) => l !== lines[1][k]);
    f.at(name, {
      line: i + 1,
      problem: `differs from what version ${mine} generates from the folder's tables and schemas/`,
      expected: show(lines[0][i]),
      found: show(lines[1][i]),
      fix: 'download the whole folder again or rebuild it; do not edit published files',
    });
  }
}

/** The agreement figures the folder publishes (agreement.json), from which its card is made. */
function publishedAgreements(files: Map<string, Buffer>): AgreementReport[] {
  try {
    const value = JSON.parse(files.get('agreement.json')?.toString('utf8') ?? '[]') as unknown;
    return Array.isArray(value) ? (value as AgreementReport[]) : [];
  } catch {
    // an unreadable file: the card then differs from what it generates, and that is reported
    return [];
  }
}
