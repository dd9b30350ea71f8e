import { writeFileSync } from 'node:fs';
import { generateAnnotationTypes, generateTypes } from './generate-types.js';

// make types: writes package/index.d.ts from schemas/tables and pipeline/annotations.generated.ts
// from schemas/annotations.schema.json.
writeFileSync('package/index.d.ts', await generateTypes());
writeFileSync('pipeline/annotations.generated.ts', await generateAnnotationTypes());
