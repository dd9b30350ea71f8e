import { Zip, type ZipInputFile } from 'fflate';
import { crc32Combine } from '../lib/crc32.js';
import { fail } from '../lib/errors.js';
import { LEVEL, lastFragment, type SheetFragment } from './sheet-fragment.js';
import { zipTime } from './to-zip.js';

/** An entry written from fragments deflated already (sheet-fragment.ts), the last one final. */
export interface DeflatedEntry {
  push(fragment: Omit<SheetFragment, 'rows'>, last?: boolean): void;
}

/** Bits 1 and 2 of a deflated entry's flags: the level (as fflate's ZipDeflate sets them). */
const LEVEL_FLAG = LEVEL === 1 ? 3 : LEVEL < 6 ? 2 : LEVEL === 9 ? 1 : 0;
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
 * A zip archive written as it is made: fflate's container around entries deflated already, in
 * fragments (sheet-fragment.ts), each handed to `sink` as it comes, so memory stays the same
 * whatever the size of the data. Entries are written one after another (end one before
 * starting the next), every one stamped with the release time, so the bytes depend only on the
 * entries. `label` names the archive in errors.
 */
export function zipStream(sink: (chunk: Uint8Array) => void, created: string, label: string) {
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
    /** An entry whose fragments come deflated; its size and checksum are theirs, combined. */
    deflated(name: string): DeflatedEntry {
      const file: ZipInputFile = { filename: name, size: 0, crc: 0, compression: 8, mtime };
      file.flag = LEVEL_FLAG;
      zip.add(file);
      check();
      return {
        push(fragment, last = false) {
          file.crc = crc32Combine(file.crc, fragment.crc, fragment.size);
          file.size += fragment.size;
          if (file.size >= ZIP32) tooLarge(label, `${name} of ${file.size} bytes and more`);
          // fflate's types ask for an array over an ArrayBuffer: a Buffer is one (never shared)
          file.ondata?.(null, fragment.deflated as Uint8Array<ArrayBuffer>, last);
          check();
        },
      };
    },
    /** Writes one whole entry. */
    add(name: string, text: string): void {
      this.deflated(name).push(lastFragment(text), true);
    },
    end(): void {
      zip.end();
      check();
    },
  };
}

export type ZipStream = ReturnType<typeof zipStream>;
