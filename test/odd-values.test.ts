import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, copyRaw, DOC, runMain, snapshot, tempDir } from './helpers.js';

// Values of the wrong type that JSON can hold, and names that are also the names of the
// properties every JavaScript object has: none may crash the build (a stack trace) instead of
// the usual error. `{"toString":null}` is the value the property tests once found.
const ODD_VALUES: [string, unknown][] = [
  ['an object whose toString is null', { toString: null }],
  ['an object whose valueOf and toString are null', { valueOf: null, toString: null }],
  ['an object with a "__proto__" key', JSON.parse('{"__proto__":{"toString":null}}')],
  ['an object with a "constructor" key', { constructor: null }],
  ['an empty object', {}],
  ['an empty array', []],
  ['an array of such objects', [{ toString: null }]],
  ['an array holding null', [null]],
  ['null', null],
  ['the name "__proto__"', '__proto__'],
  ['the name "constructor"', 'constructor'],
  ['the name "toString"', 'toString'],
  ['the name "hasOwnProperty"', 'hasOwnProperty'],
];

type Json = Record<string, unknown>;
let out: string;
let before: Record<string, string>;
let rawCopy: string;
let annotations: { document_id: string; annotations: Json[] };
let metadata: Json;
const annotationsPath = () => join(rawCopy, DOC, 'annotations.json');
const metadataPath = () => join(rawCopy, DOC, 'document.json');

beforeAll(async () => {
  out = join(tempDir(), 'out');
  expect((await runMain(['build', '--out', out, '--quiet'])).status).toBe(0);
  before = snapshot(out);
  rawCopy = copyRaw();
  annotations = JSON.parse(readFileSync(annotationsPath(), 'utf8'));
  metadata = JSON.parse(readFileSync(metadataPath(), 'utf8'));
});
afterAll(cleanTempDirs);

/** Builds the changed raw folder: the usual error (or a dataset), never a crash, OUT untouched on error. */
async function build(): Promise<string> {
  const r = await runMain(['build', '--raw', rawCopy, '--out', out, '--quiet']);
  if (r.status === 0) {
    // a harmless change (a note, say): put the original dataset back
    expect((await runMain(['build', '--out', out, '--quiet'])).status).toBe(0);
    return 'built';
  }
  expect(r.status).toBe(1);
  expect(r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
  for (const error of r.stderr.split(/\n(?=error: )/))
    expect(error).toMatch(/^error: .+\n {2}expected: .+\n {2}found: {4}.+\n {2}fix: {6}.+\n/);
  expect(snapshot(out)).toEqual(before);
  return 'refused';
}

/** Runs `change` on copies of the raw files, builds, and puts the files back. */
async function withChange(change: (a: typeof annotations, m: Json) => void): Promise<string> {
  const [a, m] = [structuredClone(annotations), structuredClone(metadata)];
  change(a, m);
  writeFileSync(annotationsPath(), JSON.stringify(a, null, 2));
  writeFileSync(metadataPath(), JSON.stringify(m, null, 2));
  try {
    return await build();
  } finally {
    writeFileSync(annotationsPath(), JSON.stringify(annotations, null, 2));
    writeFileSync(metadataPath(), JSON.stringify(metadata, null, 2));
  }
}

describe('values of the wrong type and object-property names give the usual error, never a crash', () => {
  it('an annotation id that is an object whose toString is null (fast-check seed 854178692)', async () => {
    writeFileSync(
      annotationsPath(),
      JSON.stringify(
        {
          ...annotations,
          annotations: [{ ...annotations.annotations[0], id: { toString: null } }],
        },
        null,
        2,
      ),
    );
    const r = await runMain(['build', '--raw', rawCopy, '--out', out]);
    writeFileSync(annotationsPath(), JSON.stringify(annotations, null, 2));
    expect({ status: r.status, stderr: r.stderr.replaceAll(rawCopy, '<raw>') }).toEqual({
      status: 1,
      stderr: `error: <raw>/stepanakert-2020/annotations.json:6:7, id "{\\"toString\\":null}", field "id": wrong type
  expected: type string
  found:    {"toString":null} (object)
  fix:      correct the annotation as schemas/annotations.schema.json describes
`,
    });
  });

  it(`every field of an annotation of each kind set to each of ${ODD_VALUES.length} odd values`, async () => {
    const kinds = [...new Set(annotations.annotations.map((a) => String(a.kind)))];
    const built: string[] = [];
    let runs = 0;
    const seen = new Set<string>();
    for (const kind of kinds) {
      // each field once, in the first kind that has it (id, kind and selector in the first)
      const i = annotations.annotations.findIndex((a) => a.kind === kind);
      const fields = Object.keys(annotations.annotations[i] as Json).filter((f) => !seen.has(f));
      for (const f of fields) seen.add(f);
      for (const field of fields)
        for (const [label, value] of ODD_VALUES) {
          const result = await withChange((a) => {
            (a.annotations[i] as Json)[field] = value;
          });
          runs++;
          if (result === 'built') built.push(`${kind}.${field}: ${label}`);
        }
    }
    console.log(`${runs} changed annotation files: ${built.length} built, the rest refused`);
    // only a name where any words may stand (a note, an actor's name) builds; a wrong type never
    expect(built.filter((b) => !b.includes(': the name '))).toEqual([]);
    expect(runs).toBe(seen.size * ODD_VALUES.length);
    expect(kinds.length).toBe(14);
  }, 300_000);

  it('the document id of the annotations and every metadata field set to each odd value', async () => {
    let runs = 0;
    for (const [, value] of ODD_VALUES) {
      await withChange((a) => {
        (a as Json).document_id = value;
      });
      for (const field of Object.keys(metadata)) {
        await withChange((_, m) => {
          m[field] = value;
        });
        runs++;
      }
    }
    expect(runs).toBe(ODD_VALUES.length * Object.keys(metadata).length);
  }, 300_000);
});
