// How fast pako deflates the workbook's sheets at levels 1, 3, 6 and 9, and how small: the sheet
// XML of a published folder's tables (the rows sheetRows writes), one fragment a document, each
// deflated apart and ended by a sync flush as the build does. Prints MB of XML per second and the
// compressed size of each level.
// Usage: node bench/workbook-levels.mjs <published folder, e.g. of 1,000 synthetic documents>
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { Deflate, Z_SYNC_FLUSH } from 'pako';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const [folder] = process.argv.slice(2);
if (!folder) {
  console.error('usage: node bench/workbook-levels.mjs <published folder>');
  process.exit(2);
}
const bundle = join(ROOT, 'build/bench-xlsx-cells.mjs');
await build({
  entryPoints: [join(ROOT, 'pipeline/write/xlsx-cells.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
  outfile: bundle,
});
const { sheetRows } = await import(bundle);
const TABLES = ['documents', 'events', 'casualties', 'damage', 'munitions', 'actors', 'claims'];
TABLES.push('event_actors', 'places', 'exclusions');

const started = performance.now();
/** Each document's rows of each table, as sheet XML: the fragments a build deflates. */
const fragments = TABLES.flatMap((t) => {
  const byDocument = new Map();
  for (const r of JSON.parse(readFileSync(join(folder, `${t}.json`), 'utf8')))
    byDocument.set(r.document_id, [...(byDocument.get(r.document_id) ?? []), r]);
  return [...byDocument.values()].map((rows) => Buffer.from(sheetRows(t, rows).xml));
});
const mb = fragments.reduce((n, f) => n + f.length, 0) / 1e6;
console.log(
  `sheet XML: ${mb.toFixed(1)} MB in ${fragments.length} fragments, written in ${((performance.now() - started) / 1000).toFixed(2)} s`,
);

/** Seconds to deflate every fragment at `level`, and the compressed size. */
function deflate(level) {
  let size = 0;
  const t0 = performance.now();
  for (const fragment of fragments) {
    const stream = new Deflate({ level, raw: true });
    stream.onData = (chunk) => {
      size += chunk.length;
    };
    stream.push(fragment, Z_SYNC_FLUSH);
  }
  return { seconds: (performance.now() - t0) / 1000, size };
}
// the levels in turn, ROUNDS times, so a busy machine slows each alike; the median of each
const ROUNDS = 5;
const runs = { 1: [], 3: [], 6: [], 9: [] };
for (let r = 0; r < ROUNDS; r++) for (const level of [1, 3, 6, 9]) runs[level].push(deflate(level));
for (const [level, results] of Object.entries(runs)) {
  const s = results.map((x) => x.seconds).sort((a, b) => a - b)[Math.floor(ROUNDS / 2)];
  const size = results[0].size;
  console.log(
    `level ${level}: ${(mb / s).toFixed(1)} MB/s (median ${s.toFixed(2)} s of ${ROUNDS}), ${(size / 1e6).toFixed(2)} MB compressed (${((100 * size) / (mb * 1e6)).toFixed(1)} %)`,
  );
}
