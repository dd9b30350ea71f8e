// Writes a raw folder of one document holding `n` numbers and no annotation, for the coverage
// benchmark: every number is an uncovered mention to locate and report.
// Usage: node bench/generate-numbers.mjs <folder> <n>
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [folder, n] = process.argv.slice(2);
if (!folder || !n) {
  console.error('usage: node bench/generate-numbers.mjs <folder> <n>');
  process.exit(2);
}
const source = new URL('../raw/stepanakert-2020/document.json', import.meta.url);
const metadata = JSON.parse(readFileSync(source, 'utf8'));
const lines = [];
for (let i = 0; i < Number(n); i += 5)
  lines.push(`Row ${i}: ${i + 1}, ${i + 2}, ${i + 3} and ${i + 4} shells.`);
const text = `${lines.join('\n')}\n`;
const id = 'numbers';
rmSync(folder, { recursive: true, force: true });
mkdirSync(join(folder, id), { recursive: true });
writeFileSync(join(folder, id, 'text.txt'), text);
const facts = {
  sha256: createHash('sha256').update(text).digest('hex'),
  bytes: Buffer.byteLength(text),
  code_points: [...text].length,
};
writeFileSync(
  join(folder, id, 'document.json'),
  `${JSON.stringify({ ...metadata, id, ...facts }, null, 2)}\n`,
);
writeFileSync(
  join(folder, id, 'annotations.json'),
  `${JSON.stringify({ document_id: id, annotations: [] }, null, 2)}\n`,
);
