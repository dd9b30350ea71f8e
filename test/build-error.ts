import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { buildTables } from '../pipeline/build.js';
import { InputError } from '../pipeline/lib/errors.js';
import { RAW, tempDir, writeDocument } from './helpers.js';

/**
 * The error a build of one document (text and annotations, with the repository's gazetteer)
 * fails with, the temporary raw folder written as <raw>; an error when the build succeeds.
 */
export function buildErrorOf(text: string, annotations: unknown[]): string {
  const raw = join(tempDir(), 'raw');
  writeDocument(raw, 'mini', text, annotations);
  cpSync(join(RAW, 'gazetteer.json'), join(raw, 'gazetteer.json'));
  try {
    buildTables(raw);
  } catch (e) {
    if (e instanceof InputError) return e.message.replaceAll(raw, '<raw>');
    throw e;
  }
  throw new Error('the build did not fail');
}
