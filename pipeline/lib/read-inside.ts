import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { isAbsolute, join, normalize, sep } from 'node:path';

/** The most bytes a table file of a dataset folder may have before it is read (1 GiB). */
export const MAX_TABLE_BYTES = 2 ** 30;

/** Why a file of a dataset folder was not read: what it is instead of a regular file inside the folder. */
export class ReadRefusal extends Error {
  readonly expected: string;
  readonly found: string;
  constructor(found: string, expected = 'a regular file inside the folder') {
    super(found);
    this.expected = expected;
    this.found = found;
  }
}

const kind = (s: { isSymbolicLink(): boolean; isDirectory(): boolean; isFIFO(): boolean }) =>
  s.isSymbolicLink()
    ? 'a symbolic link'
    : s.isDirectory()
      ? 'a folder'
      : s.isFIFO()
        ? 'a named pipe (FIFO)'
        : 'a device or socket';

/**
 * Reads `name` (a path relative to `dir`, sub-folders allowed) only when it and every folder on
 * the way are real entries of `dir`: never a symbolic link, device, FIFO or socket, never a
 * path that leaves the folder, and never more than `maxBytes` bytes. Throws a ReadRefusal
 * otherwise; system errors (ENOENT, EACCES…) are thrown as they are.
 */
export function readInside(dir: string, name: string, maxBytes: number): Buffer {
  const rel = normalize(name);
  if (name === '' || isAbsolute(name) || rel === '..' || rel.startsWith(`..${sep}`))
    throw new ReadRefusal(`the path ${JSON.stringify(name)}`, 'a path inside the folder');
  const parts = rel.split(sep);
  for (let i = 1; i < parts.length; i++) {
    const s = lstatSync(join(dir, ...parts.slice(0, i)));
    if (!s.isDirectory() || s.isSymbolicLink())
      throw new ReadRefusal(`${kind(s)} at ${parts.slice(0, i).join('/')}`, 'a folder');
  }
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO never waits for a writer; O_NOFOLLOW: a link fails with ELOOP
    fd = openSync(join(dir, rel), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ELOOP') throw new ReadRefusal('a symbolic link');
    throw e;
  }
  try {
    const s = fstatSync(fd);
    if (!s.isFile()) throw new ReadRefusal(kind(s));
    if (s.size > maxBytes) throw new ReadRefusal(`${s.size} bytes`, `at most ${maxBytes} bytes`);
    const buffer = Buffer.alloc(s.size);
    let read = 0;
    while (read < s.size) {
      const n = readSync(fd, buffer, read, s.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}
