import { execFileSync } from 'node:child_process';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTables } from '../pipeline/build.js';
import { addDigest, digestOf, emptyDigest } from '../pipeline/records/digest.js';
import { TABLES, type Tables } from '../pipeline/records/tables.js';
import { inKeyOrder } from '../pipeline/stages/publish-documents.js';
import { cleanTempDirs, cli, ROOT, tempDir } from './helpers.js';

afterAll(cleanTempDirs);

// ids where one is a prefix of another: "<id>:" sorts them doc-2, doc10, doc1, doc; by id: doc, doc-2, doc1, doc10
const IDS = ['doc', 'doc-2', 'doc1', 'doc10'];
let raw: string;

beforeAll(() => {
  raw = join(tempDir(), 'raw');
  execFileSync(process.execPath, [
    join(ROOT, 'bench/generate-corpus.mjs'),
    raw,
    String(IDS.length),
  ]);
  IDS.forEach((id, i) => {
    const from = `synthetic-${String(i).padStart(4, '0')}`;
    renameSync(join(raw, from), join(raw, id));
    for (const file of ['document.json', 'annotations.json']) {
      const path = join(raw, id, file);
      writeFileSync(path, readFileSync(path, 'utf8').replace(`"${from}"`, `"${id}"`));
    }
  });
});

describe('documents whose ids are prefixes of one another', () => {
  it('the digest folded in the order documents stream is the digest of the whole tables', () => {
    const whole = buildTables(raw).tables;
    const ofDocument = (id: string) =>
      Object.fromEntries(
        TABLES.map((t) => [t, whole[t].filter((r) => r.document_id === id)]),
      ) as unknown as Tables;
    const folded = emptyDigest();
    for (const id of inKeyOrder(IDS)) addDigest(folded, digestOf(ofDocument(id)));
    expect(folded).toEqual(digestOf(whole));
  });

  it('check accepts exactly what build writes', () => {
    const out = join(tempDir(), 'out');
    const built = cli(['build', '--raw', raw, '--out', out, '--quiet']);
    expect(built.stderr).toBe('');
    expect(built.status).toBe(0);
    const checked = cli(['check', '--out', out]);
    expect(checked.stderr).not.toContain('error:');
    expect(checked.stderr).toContain('every file, hash, schema, key and quote agrees');
    expect(checked.status).toBe(0);
  });
});
