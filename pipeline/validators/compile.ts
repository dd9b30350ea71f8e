import { writeFileSync } from 'node:fs';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { createRegistry, schemaIds } from '../lib/schemas-registry.js';

/**
 * Compiles every schema of schemas/ into standalone validators, so that no run of the pipeline
 * compiles a schema. Output: pipeline/validators/compiled.cjs (CommonJS, one export per $id).
 */
const standaloneCode = standaloneModule as unknown as typeof standaloneModule.default;
const ajv = createRegistry(true);
const mapping = Object.fromEntries(schemaIds().map((id) => [id, id]));
writeFileSync(
  process.argv[2] ?? 'pipeline/validators/compiled.cjs',
  `// Generated from schemas/ by pipeline/validators/compile.ts. Do not edit.\n${standaloneCode(ajv, mapping)}`,
);
