import { createHash, type Hash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { ByteBuilder } from '../lib/byte-builder.js';
import { located } from '../lib/errors.js';

/** What the descriptor and SHA256SUMS say of a written file. */
export interface FileFacts {
  bytes: number;
  sha256: string;
}

/** Bytes a streamed file gathers before it writes them: a few system calls per megabyte, not per piece. */
const GATHER = 256 * 1024;

/**
 * A file written piece by piece, hashed and counted as it goes: no file is ever held whole in
 * memory. Pieces are gathered into writes of GATHER bytes. `close` gives its size and SHA-256.
 */
export class FileSink {
  private readonly fd: number;
  private readonly hash: Hash = createHash('sha256');
  private readonly gathered = new ByteBuilder();
  private bytes = 0;

  constructor(private readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.fd = openSync(path, 'w');
  }

  write(data: string | Uint8Array): void {
    this.bytes += this.gathered.append(data);
    if (this.gathered.length >= GATHER) this.flush();
  }

  private flush(): void {
    const buffer = this.gathered.view();
    try {
      writeAll(this.fd, buffer);
    } catch (e) {
      throw located(e, this.path);
    }
    this.hash.update(buffer);
    this.gathered.reset();
  }

  close(): FileFacts {
    this.flush();
    closeSync(this.fd);
    return { bytes: this.bytes, sha256: this.hash.digest('hex') };
  }
}

/** All of `buffer` to `fd`: a write may take only part of it. */
function writeAll(fd: number, buffer: Uint8Array): void {
  let done = 0;
  while (done < buffer.length) done += writeSync(fd, buffer, done, buffer.length - done);
}

/** A file written whole, with its facts; `folderMade`: its folder exists already (no mkdir). */
export function writeWhole(path: string, data: string | Uint8Array, folderMade = false): FileFacts {
  const buffer = typeof data === 'string' ? Buffer.from(data) : data;
  if (!folderMade) mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w');
  try {
    writeAll(fd, buffer);
  } catch (e) {
    throw located(e, path);
  } finally {
    closeSync(fd);
  }
  return { bytes: buffer.length, sha256: createHash('sha256').update(buffer).digest('hex') };
}

/** Size and SHA-256 of a file another writer made (Parquet), read a mebibyte at a time. */
export function hashFile(path: string): FileFacts {
  const fd = openSync(path, 'r');
  const hash = createHash('sha256');
  const buffer = Buffer.alloc(2 ** 20);
  let bytes = 0;
  try {
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) {
      hash.update(buffer.subarray(0, n));
      bytes += n;
    }
  } finally {
    closeSync(fd);
  }
  return { bytes, sha256: hash.digest('hex') };
}
