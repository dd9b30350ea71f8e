import { type Zippable, zipSync } from 'fflate';

/**
 * A zip archive whose bytes depend only on its entries: the entries in the given order, every
 * one stamped with the same time, compressed at one fixed level. `created` is an ISO 8601 UTC
 * date-time (the release's); zip stores local times without a zone, so its UTC fields are
 * written as they are, whatever the process time zone.
 */
export function toZip(entries: [string, Uint8Array][], created: string): Uint8Array {
  const mtime = zipTime(created);
  const files: Zippable = {};
  for (const [name, data] of entries) files[name] = [data, { mtime, level: 9 }];
  return zipSync(files);
}

/**
 * The time to stamp on every entry for a release created at `created` (ISO 8601 UTC): fflate
 * writes a Date's local fields, so a local Date holding the UTC fields gives the same stamp in
 * every time zone.
 */
export function zipTime(created: string): Date {
  const u = new Date(created);
  return new Date(
    u.getUTCFullYear(),
    u.getUTCMonth(),
    u.getUTCDate(),
    u.getUTCHours(),
    u.getUTCMinutes(),
    u.getUTCSeconds(),
  );
}
