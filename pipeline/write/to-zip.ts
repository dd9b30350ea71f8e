import { unzipSync, type Zippable, zipSync } from 'fflate';

/**
 * A zip archive whose bytes depend only on its entries: the entries in the given order, every
 * one stamped with the same time, compressed at one fixed level. `created` is an ISO 8601 UTC
 * date-time (the release's); zip stores local times without a zone, so its UTC fields are
 * written as they are, whatever the process time zone.
 */
export function toZip(entries: [string, Uint8Array][], created: string): Uint8Array {
  const u = new Date(created);
  const mtime = new Date(
    u.getUTCFullYear(),
    u.getUTCMonth(),
    u.getUTCDate(),
    u.getUTCHours(),
    u.getUTCMinutes(),
    u.getUTCSeconds(),
  );
  const files: Zippable = {};
  for (const [name, data] of entries) files[name] = [data, { mtime, level: 9 }];
  return zipSync(files);
}

/** Rewrites a zip archive made by another library (with the clock's time) reproducibly. */
export function rezip(archive: Uint8Array, created: string): Uint8Array {
  return toZip(Object.entries(unzipSync(archive)), created);
}
