import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isSystemError, systemProblem } from '../pipeline/lib/errors.js';
import { sha256 } from '../pipeline/lib/hash.js';
import { FileSink, writeWhole } from '../pipeline/write/file-sink.js';
import { cleanTempDirs, tempDir } from './helpers.js';

afterAll(cleanTempDirs);

const full = {
  file: '/dev/full',
  problem: 'the disk is full',
  expected: 'free space to write the file',
  found: 'ENOSPC from write on "/dev/full"',
  fix: 'free space on that disk, or choose a folder on another disk, and run again',
};

describe('files written piece by piece or whole', () => {
  it('a streamed file holds its pieces in order, with their size and SHA-256, however they were gathered', () => {
    const path = join(tempDir(), 'x.json');
    const sink = new FileSink(path);
    const pieces = ['[', 'Ստեփանակերտ ’', Buffer.from('x'.repeat(300_000)), '', ']\n'];
    for (const p of pieces) sink.write(p);
    const facts = sink.close();
    const bytes = readFileSync(path);
    expect(bytes.equals(Buffer.concat(pieces.map((p) => Buffer.from(p))))).toBe(true);
    expect(facts).toEqual({ bytes: bytes.length, sha256: sha256(bytes) });
  });

  it('a full disk names the file, streamed or whole (a write on a descriptor names none)', () => {
    const sink = new FileSink('/dev/full');
    const e = (() => {
      try {
        sink.write(Buffer.alloc(300_000));
      } catch (x) {
        return x;
      }
    })();
    expect(isSystemError(e) && systemProblem(e)).toEqual(full);
    const whole = (() => {
      try {
        writeWhole('/dev/full', 'x', true);
      } catch (x) {
        return x;
      }
    })();
    expect(isSystemError(whole) && systemProblem(whole)).toEqual(full);
  });
});
