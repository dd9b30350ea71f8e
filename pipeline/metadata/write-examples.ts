import { readFileSync, writeFileSync } from 'node:fs';
import { EXAMPLES, withBlock } from './examples.js';

// make examples: rewrites the generated typed reads in every example of examples/.
for (const file of Object.keys(EXAMPLES) as (keyof typeof EXAMPLES)[]) {
  const path = `examples/${file}`;
  writeFileSync(path, withBlock(file, readFileSync(path, 'utf8')));
}
