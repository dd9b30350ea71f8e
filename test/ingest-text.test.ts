import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../pipeline/lib/errors.js';
import { ingest } from '../pipeline/stages/ingest.js';
import { parseAnnotations } from '../pipeline/stages/parse-annotations.js';
import { type RawDocument, readRaw } from '../pipeline/stages/read-raw.js';
import { cleanTempDirs, selector, tempDir, writeDocument } from './helpers.js';

afterAll(cleanTempDirs);

/** The first three bytes of a one-document raw folder holding `text`, and the text ingest reads. */
function read(text: string): [number[], string] {
  const raw = join(tempDir(), 'raw');
  writeDocument(raw, 'doc', text, []);
  const document = readRaw(raw)[0] as RawDocument;
  return [[...document.textBytes.subarray(0, 3)], ingest(document).text.text];
}

// A byte-order mark is EF BB BF; a text may share its first byte, or its last two, and be none.
describe('ingest reads a text that starts like a byte-order mark as written', () => {
  it('a full-width bracket: EF BC 88', () => {
    expect(read('（Full-width） words.\n')).toEqual([
      [0xef, 0xbc, 0x88],
      '（Full-width） words.\n',
    ]);
  });

  it('the ideograph for twenty: E5 BB BF', () => {
    expect(read('廿 is twenty.\n')).toEqual([[0xe5, 0xbb, 0xbf], '廿 is twenty.\n']);
  });
});

describe('an annotation may end where the text ends', () => {
  it('a span whose end is the length of the text is inside it', () => {
    const raw = join(tempDir(), 'raw');
    const text = '= Short =\n\nThe last words\n';
    const last = {
      id: 'x-last',
      kind: 'exclusion',
      category: 'background',
      reason: 'the end of the text',
      selector: selector(text, 'words\n'),
    };
    writeDocument(raw, 'doc', text, [last]);
    const parsed = parseAnnotations(ingest(readRaw(raw)[0] as RawDocument));
    expect(parsed.annotations).toEqual([
      {
        ...last,
        selector: {
          start: 20,
          end: 26,
          exact: 'words\n',
          prefix: '= Short =\n\nThe last ',
          suffix: '',
        },
      },
    ]);
  });
});

describe('the first byte that is not UTF-8', () => {
  /** The message of ingesting `bytes`, with the raw folder's path replaced by <raw>. */
  function refusal(bytes: Buffer): string {
    const raw = join(tempDir(), 'raw');
    writeDocument(raw, 'doc', bytes, []);
    try {
      ingest(readRaw(raw)[0] as RawDocument);
    } catch (e) {
      if (e instanceof InputError) return e.message.replaceAll(raw, '<raw>');
      throw e;
    }
    return 'accepted';
  }

  it('is found after a genuine replacement character, and a cut sequence that starts like one is not taken for one', () => {
    // "a�b" is valid (EF BF BD); EF BF followed by "c" is a sequence cut short at byte offset 5
    const bytes = Buffer.concat([
      Buffer.from('a\uFFFDb'),
      Buffer.from([0xef, 0xbf]),
      Buffer.from('c\n'),
    ]);
    expect(refusal(bytes)).toBe(`error: <raw>/doc/text.txt:1: the text is not valid UTF-8
  expected: UTF-8 bytes
  found:    invalid byte 0xEF at byte offset 5
  fix:      convert text.txt to UTF-8 (invalid bytes are never replaced)`);
  });
});
