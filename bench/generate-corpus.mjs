// Writes a synthetic raw folder of N documents shaped like the real one: the article text with a
// numbered closing line, its metadata and every annotation, and the gazetteer beside them. With
// --revised, each text gets a new paragraph before the Bombardment section and keeps its old
// annotations and checksum, as a revision waiting for `reanchor` would.
// Usage: node bench/generate-corpus.mjs <folder> <N> [--revised]
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [folder, n, flag] = process.argv.slice(2);
if (!folder || !n) {
  console.error('usage: node bench/generate-corpus.mjs <folder> <N> [--revised]');
  process.exit(2);
}
const source = new URL('../raw/stepanakert-2020/', import.meta.url);
const text = readFileSync(new URL('text.txt', source), 'utf8');
const metadata = JSON.parse(readFileSync(new URL('document.json', source), 'utf8'));
const annotations = readFileSync(new URL('annotations.json', source), 'utf8');
const sha256 = (s) => createHash('sha256').update(s).digest('hex');

rmSync(folder, { recursive: true, force: true });
mkdirSync(folder, { recursive: true });
writeFileSync(
  join(folder, 'gazetteer.json'),
  readFileSync(new URL('../raw/gazetteer.json', import.meta.url)),
);
for (let i = 0; i < Number(n); i++) {
  const id = `synthetic-${String(i).padStart(4, '0')}`;
  const own = `${text}\nSynthetic copy ${i} of the article, for benchmarks.\n`;
  const written =
    flag === '--revised'
      ? own.replace(
          '== Bombardment ==\n\n',
          `== Bombardment ==\n\nA paragraph added in revision ${i}.\n\n`,
        )
      : own;
  const dir = join(folder, id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'text.txt'), written);
  const bytes = Buffer.byteLength(own);
  const meta = { ...metadata, id, sha256: sha256(own), bytes, code_points: [...own].length };
  writeFileSync(join(dir, 'document.json'), `${JSON.stringify(meta, null, 2)}\n`);
  writeFileSync(
    join(dir, 'annotations.json'),
    annotations.replace('"document_id": "stepanakert-2020"', `"document_id": "${id}"`),
  );
}
