import { writeFileSync } from 'node:fs';
import { generateTypes } from './generate-types.js';

// make types: writes package/index.d.ts from schemas/tables.
writeFileSync(process.argv[2] ?? 'package/index.d.ts', await generateTypes());
