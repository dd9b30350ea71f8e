import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTables } from '../pipeline/build.js';
import { addDigest, digestOf, emptyDigest } from '../pipeline/records/digest.js';
import { columns, type Row, TABLES, type Tables } from '../pipeline/records/tables.js';
import { geoJsonPiece } from '../pipeline/stages/document-parts.js';
import { inKeyOrder } from '../pipeline/stages/publish-documents.js';
import { toGeoJson } from '../pipeline/write/to-geojson.js';
import { jsonRows, toJson } from '../pipeline/write/to-json.js';
import { cleanTempDirs, ROOT, tempDir } from './helpers.js';

afterAll(cleanTempDirs);

let whole: Tables;
const ofDocument = (id: string) =>
  Object.fromEntries(
    TABLES.map((t) => [t, whole[t].filter((r) => r.document_id === id)]),
  ) as unknown as Tables;
const ids = () => whole.documents.map((d) => String(d.document_id));

beforeAll(() => {
  const raw = join(tempDir(), 'raw');
  execFileSync(process.execPath, [join(ROOT, 'bench/generate-corpus.mjs'), raw, '3']);
  whole = buildTables(raw).tables;
});

describe('documents in key order', () => {
  it('puts each document where "<id>:" sorts, so that concatenated rows are in key order', () => {
    expect(inKeyOrder(['doc', 'doc-2', 'doc1', 'doc10', 'a'])).toEqual([
      'a',
      'doc-2',
      'doc10',
      'doc1',
      'doc',
    ]);
    // the keys themselves: "doc-2:x" < "doc10:x" < "doc1:x" < "doc:x"
    expect(['doc:x', 'doc1:x', 'doc10:x', 'doc-2:x'].sort()).toEqual([
      'doc-2:x',
      'doc10:x',
      'doc1:x',
      'doc:x',
    ]);
  });
});

describe('pieces written one document at a time equal the whole file', () => {
  it('JSON rows: the bytes of JSON.stringify of the rows with their keys in schema order', () => {
    for (const t of TABLES) {
      const cols = columns(t);
      const reference = `${JSON.stringify(
        whole[t].map((r) => Object.fromEntries(cols.map((c) => [c, r[c] ?? null]))),
        null,
        2,
      )}\n`;
      expect(toJson(t, whole[t])).toBe(reference);
      const pieces = ids()
        .map((id) => jsonRows(t, ofDocument(id)[t]))
        .filter((p) => p !== '');
      expect(pieces.length > 0 ? `[\n${pieces.join(',\n')}\n]\n` : '[]\n').toBe(reference);
    }
  });

  it('JSON rows: a missing column is written null, an extra key left out', () => {
    const rows = [{ place_id: 'x:p', extra: 1 } as Row];
    const written = JSON.parse(toJson('places', rows));
    expect(Object.keys(written[0])).toEqual(columns('places'));
    expect(written[0].name).toBeNull();
    expect(toJson('places', [])).toBe('[]\n');
  });

  it('JSON rows: the same bytes whether a row comes in schema order or not', () => {
    for (const t of TABLES) {
      const rows = whole[t];
      if (rows.length === 0) continue;
      const expected = jsonRows(t, rows);
      // keys reversed; one value undefined (written null, as a missing one is)
      const reversed = rows.map((r) => Object.fromEntries(Object.entries(r).reverse()) as Row);
      expect(jsonRows(t, reversed)).toBe(expected);
      const [first, ...rest] = rows as [Row, ...Row[]];
      const nulls = columns(t).filter((c) => first[c] === null);
      if (nulls[0] === undefined) continue;
      const undefinedValue = { ...first, [nulls[0]]: undefined } as unknown as Row;
      expect(jsonRows(t, [undefinedValue, ...rest])).toBe(expected);
    }
  });

  it('GeoJSON features: the pieces joined as the publisher joins them', () => {
    const pieces = ids().map((id) => geoJsonPiece(ofDocument(id)));
    const head = '{\n  "type": "FeatureCollection",\n  "features": [';
    expect(`${head}\n${pieces.join(',\n')}\n  ]\n}\n`).toBe(toGeoJson(whole));
    expect(geoJsonPiece({ events: [], places: [] })).toBe('');
    expect(toGeoJson({ events: [], places: [] })).toBe(`${head}]\n}\n`);
  });

  it('the digest: each document added in turn gives the digest of the whole tables', () => {
    const folded = emptyDigest();
    for (const id of ids()) addDigest(folded, digestOf(ofDocument(id)));
    expect(folded).toEqual(digestOf(whole));
    expect(folded.counts.claims).toBe(whole.claims.length);
    expect(folded.casualty_sums.map((s) => [s.outcome, s.count_best, s.naive_best])).toEqual([
      ['injured', 153, 165],
      ['killed', 39, 42],
    ]);
  });
});
