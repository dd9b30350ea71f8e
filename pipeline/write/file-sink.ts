import { createHash, type Hash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** What the descriptor and SHA256SUMS say of a written file. */
export interface FileFacts {
  bytes: number;
  sha256: string;
}

/**
 * A file written piece by piece, hashed and counted as it goes: no file is ever held whole in
 * memory. `close` gives its size and SHA-256.
 */
export class FileSink {
  private readonly fd: number;
  private readonly hash: Hash = createHash('sha256');
  private bytes = 0;

  constructor(path: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.fd = openSync(path, 'w');
  }

  write(data: string | Uint8Array): void {
    const buffer = typeof data === 'string' ? Buffer.from(data) : data;
    let done = 0;
    while (done < buffer.length) done += writeSync(this.fd, buffer, done, buffer.length - done);
    this.hash.update(buffer);
    this.bytes += buffer.length;
  }

  close(): FileFacts {
    closeSync(this.fd);
    return { bytes: this.bytes, sha256: this.hash.digest('hex') };
  }
}

/** A file written whole, with its facts. */
export function writeWhole(path: string, data: string | Uint8Array): FileFacts {
  const sink = new FileSink(path);
  sink.write(data);
  return sink.close();
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
