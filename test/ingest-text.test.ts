import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../pipeline/stages/ingest.js';
import { type RawDocument, readRaw } from '../pipeline/stages/read-raw.js';
import { cleanTempDirs, tempDir, writeDocument } from './helpers.js';

afterAll(cleanTempDirs);

describe('ingest reads the text as written', () => {
  it('a text that starts with the first byte of a byte-order mark (EF) but is none: full-width brackets', () => {
    const raw = join(tempDir(), 'raw');
    // U+FF08 is EF BC 88 in UTF-8; a byte-order mark is EF BB BF
    const text = '（Full-width） words.\n';
    writeDocument(raw, 'wide', text, []);
    const read = readRaw(raw)[0] as RawDocument;
    expect([[...read.textBytes.subarray(0, 3)], ingest(read).text.text]).toEqual([
      [0xef, 0xbc, 0x88],
      text,
    ]);
  });
});
