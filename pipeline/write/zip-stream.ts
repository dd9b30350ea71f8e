import { Zip, ZipDeflate } from 'fflate';
import { fail } from '../lib/errors.js';
import { zipTime } from './to-zip.js';

/** One entry being written: text in, compressed bytes out to the archive's sink as they come. */
export interface ZipEntry {
  push(text: string): void;
  close(): void;
}

/**
 * Bytes go to fflate in blocks of exactly this size, whatever the sizes of the texts pushed:
 * fflate's deflate ends a block where a push ends, so fixed blocks make the compressed bytes
 * depend on the entry's text alone, not on how it was cut into fragments.
 */
const BLOCK = 64 * 1024;
/** Sizes and offsets a zip without Zip64 records below this (fflate writes no Zip64). */
const ZIP32 = 2 ** 32 - 1;

const tooLarge = (label: string, found: string) =>
  fail({
    file: label,
    problem: 'the workbook is too large for a zip archive without Zip64',
    expected: 'each part and the whole archive under 4 GiB',
    found,
    fix: 'publish fewer rows in the workbook (the CSV, JSON and Parquet files have no such limit)',
  });

/**
 * A zip archive written as it is made: each entry's text is deflated at `level` and handed to
 * `sink` chunk by chunk, so memory stays the same whatever the size of the data. Entries are
 * written one after another (close one before opening the next), every one stamped with the
 * release time, so the bytes depend only on the entries. `label` names the archive in errors.
 */
export function zipStream(
  sink: (chunk: Uint8Array) => void,
  created: string,
  level: 1 | 6 | 9,
  label: string,
) {
  let written = 0;
  let failure: Error | undefined;
  const zip = new Zip((err, chunk) => {
    if (err) failure ??= err;
    else {
      written += chunk.length;
      if (written >= ZIP32) tooLarge(label, `${written} bytes of archive and more`);
      sink(chunk);
    }
  });
  const mtime = zipTime(created);
  const check = () => {
    if (failure) throw failure;
  };
  return {
    label,
    entry(name: string): ZipEntry {
      const file = new ZipDeflate(name, { level });
      file.mtime = mtime;
      zip.add(file);
      check();
      return blocks(file, (size) => {
        if (size >= ZIP32) tooLarge(label, `${name} of ${size} bytes and more`);
        check();
      });
    },
    /** Writes one whole entry. */
    add(name: string, text: string): void {
      const e = this.entry(name);
      e.push(text);
      e.close();
    },
    end(): void {
      zip.end();
      check();
    },
  };
}

/** An entry that encodes its text into fixed blocks of BLOCK bytes for `file`. */
function blocks(file: ZipDeflate, after: (size: number) => void): ZipEntry {
  const encoder = new TextEncoder();
  const block = new Uint8Array(BLOCK);
  let used = 0;
  let size = 0;
  const flush = (final: boolean) => {
    file.push(block.subarray(0, used), final);
    size += used;
    used = 0;
    after(size);
  };
  return {
    push(text: string) {
      let rest = text;
      for (;;) {
        const { read, written } = encoder.encodeInto(rest, block.subarray(used));
        used += written;
        if (read === rest.length) return;
        rest = rest.slice(read);
        flush(false);
      }
    },
    close: () => flush(true),
  };
}

export type ZipStream = ReturnType<typeof zipStream>;
