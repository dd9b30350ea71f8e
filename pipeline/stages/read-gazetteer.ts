import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail, InputError } from '../lib/errors.js';
import { type JsonFile, parseJsonFile } from '../lib/json-file.js';
import { atPointer, describeAjvError, pointerPath, validator } from '../lib/schemas.js';

/** The gazetteer lives beside the document folders: a file, so that every sub-folder stays a document. */
export const GAZETTEER_FILE = 'gazetteer.json';

export interface GazetteerEntry {
  id: string;
  name: string;
  latitude: number;
  longitude: number;
  precision: 'site' | 'town' | 'region';
  source: {
    title: string;
    publisher: string;
    address: string;
    licence: { name: string; title: string; path: string };
    quote: string;
  };
}

export interface Gazetteer {
  /** Path of the file, for errors. */
  file: string;
  /** Whether the raw folder has one: without it no place can be built. */
  present: boolean;
  entries: Map<string, GazetteerEntry>;
}

/** Reads and checks `<raw>/gazetteer.json`; a raw folder without one has an empty gazetteer. */
export function readGazetteer(rawDir: string): Gazetteer {
  const path = join(rawDir, GAZETTEER_FILE);
  if (!existsSync(path)) return { file: path, present: false, entries: new Map() };
  if (!lstatSync(path).isFile())
    fail({
      file: path,
      problem: 'the gazetteer is not a regular file',
      expected: 'a JSON file',
      found: lstatSync(path).isSymbolicLink() ? 'a symbolic link' : 'a folder or special file',
      fix: 'replace it with the file itself (the build never reads outside RAW)',
    });
  return parseGazetteer(parseJsonFile(path, readFileSync(path, 'utf8')));
}

/** Checks a parsed gazetteer against schemas/gazetteer.schema.json and for unique ids. Pure. */
export function parseGazetteer(file: JsonFile): Gazetteer {
  const validate = validator('gazetteer.schema.json');
  if (!validate(file.value))
    throw new InputError(
      (validate.errors ?? []).map((e) => {
        const d = describeAjvError(e, atPointer(file.value, e.instancePath));
        const path = pointerPath(d.field ?? e.instancePath);
        const id =
          path[0] === 'entries' ? atPointer(file.value, `/entries/${path[1]}/id`) : undefined;
        return {
          file: file.file,
          ...file.locate(path),
          ...d,
          ...(typeof id === 'string' ? { id } : {}),
          field: path.join('.') || undefined,
          fix: 'correct the entry as schemas/gazetteer.schema.json describes',
        };
      }),
    );
  const entries = new Map<string, GazetteerEntry>();
  for (const [i, entry] of (file.value as { entries: GazetteerEntry[] }).entries.entries()) {
    if (entries.has(entry.id))
      fail({
        file: file.file,
        ...file.locate(['entries', i, 'id']),
        id: entry.id,
        field: 'id',
        problem: 'duplicate gazetteer id',
        expected: 'ids unique within the gazetteer',
        found: JSON.stringify(entry.id),
        fix: 'give one of the entries a new id',
      });
    entries.set(entry.id, entry);
  }
  return { file: file.file, present: true, entries };
}
