import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { Deflate, Z_SYNC_FLUSH } from 'pako';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../pipeline/lib/crc32.js';
import {
  LEVEL,
  lastFragment,
  sheetFragment,
  xmlFragment,
} from '../pipeline/write/sheet-fragment.js';
import { sheetRows } from '../pipeline/write/xlsx-cells.js';
import { DIST } from './helpers.js';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

/** What a new pako stream writes for `data` (raw deflate, ended by a sync flush), in hex. */
function fresh(data: string | Uint8Array): string {
  const chunks: Uint8Array[] = [];
  const d = new Deflate({ level: LEVEL, raw: true });
  d.onData = (c) => chunks.push(c);
  d.push(typeof data === 'string' ? Buffer.from(data) : data, Z_SYNC_FLUSH);
  return hex(Buffer.concat(chunks));
}

/** A fixed sequence of pseudo-random 32-bit numbers from `seed`: the same test every run. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) >>> 0;
    return state;
  };
}

describe('sheet fragments: rows deflated apart, joined into one stream', () => {
  it('a fragment of rows: its size, CRC-32 and deflated bytes, ending in a sync flush (00 00 ff ff)', () => {
    const f = xmlFragment('<row><c><v>1</v></c></row>', 1);
    expect({ ...f, deflated: hex(f.deflated) }).toEqual({
      rows: 1,
      size: 26,
      crc: 0x6b9c5b18,
      deflated: 'b229ca2fb7b349b6b329b333b4d12fb3b3d14fb6b3d1070902000000ffff',
    });
  });

  it('the last fragment ends the stream; an empty fragment is the flush alone', () => {
    const end = lastFragment('</sheetData></worksheet>');
    expect([end.size, end.crc, hex(end.deflated)]).toEqual([
      24,
      0x2bbba196,
      'b3d12fce484d2d71492c49b4b3d12fcf2fca06f3ed00',
    ]);
    const empty = xmlFragment('', 0);
    expect([empty.size, empty.crc, hex(empty.deflated)]).toEqual([0, 0, '000000ffff']);
  });

  it("fragments joined in order inflate (by zlib) to their XML joined, past deflate's 32 KiB window", () => {
    const rows = (n: number, tag: string) =>
      Array.from(
        { length: n },
        (_, i) => `<row><c><v>${i}</v></c><c t="inlineStr"><is><t>${tag}</t></is></c></row>`,
      ).join('');
    const parts = [rows(3000, 'a'), '', rows(1, 'Ստեփանակերտ 😀'), rows(5000, 'b')];
    const fragments = [...parts.map((p) => xmlFragment(p, 0)), lastFragment('</sheetData>')];
    const joined = Buffer.concat(fragments.map((f) => f.deflated));
    expect(inflateRawSync(joined).toString()).toBe(`${parts.join('')}</sheetData>`);
    expect(fragments.map((f) => f.size)).toEqual(
      [...parts, '</sheetData>'].map((p) => Buffer.byteLength(p)),
    );
    expect(fragments.map((f) => f.crc)).toEqual([...parts, '</sheetData>'].map((p) => crc32(p)));
  });

  it("sheetFragment: a table's rows as sheetRows writes them, counted and deflated", () => {
    const places = JSON.parse(readFileSync(join(DIST, 'places.json'), 'utf8'));
    const f = sheetFragment('places', places);
    const xml = sheetRows('places', places).xml;
    expect([f.rows, f.size, f.crc]).toEqual([places.length, Buffer.byteLength(xml), crc32(xml)]);
    expect(inflateRawSync(Buffer.concat([f.deflated, lastFragment('').deflated])).toString()).toBe(
      xml,
    );
    const none = sheetFragment('places', []);
    expect([none.rows, none.size, hex(none.deflated)]).toEqual([0, 0, '000000ffff']);
  });

  it('each fragment is what a new pako stream writes, whatever came before: text, and bytes that do not compress', () => {
    const next = sequence(7);
    const noise = Buffer.alloc(100_000).map(() => next() >>> 24);
    const claims = readFileSync(join(DIST, 'claims.json'));
    for (const data of [
      claims,
      noise,
      Buffer.from(''),
      claims.subarray(0, 70_000),
      noise.subarray(5),
    ])
      expect(hex(xmlFragment(data.toString('latin1'), 0).deflated)).toBe(
        fresh(data.toString('latin1')),
      );
  });

  it('a fragment is the same bytes whatever was compressed before it (a reset stream reads no byte of the last fragment)', () => {
    // pako's 4-byte hash looks one byte past "aaaaa": after "abaabab" it found a leftover "b"
    xmlFragment('abaabab', 0);
    expect(hex(xmlFragment('aaaaa', 0).deflated)).toBe('4a4c4c4c4c04000000ffff');
    expect(fresh('aaaaa')).toBe('4a4c4c4c4c04000000ffff');
    // short texts, each after another, from a fixed sequence: the same test every run
    const next = sequence(99);
    const texts = Array.from({ length: 3000 }, () =>
      Array.from({ length: 1 + ((next() >>> 16) % 12) }, () => 'ab<>/r'[(next() >>> 16) % 6]).join(
        '',
      ),
    );
    const differing = texts.filter((t, i) => {
      xmlFragment(texts[(i * 7 + 3) % texts.length] as string, 0);
      return hex(xmlFragment(t, 0).deflated) !== fresh(t);
    });
    expect(differing).toEqual([]);
  });

  it('only what the last fragment reached is cleared: after one shorter than the window, at it, past it, the same bytes as a new stream', () => {
    const next = sequence(7);
    const text = (n: number) =>
      Array.from({ length: n }, () => 'ab<>/r'[(next() >>> 16) % 6]).join('');
    const window = 32_768;
    const before = [3, window - 300, window - 1, window, window + 1, 70_000, 5];
    const after = [text(4), text(window - 2), text(window + 5), 'aaaaa'];
    const differing = before.flatMap((n) =>
      after
        .filter((t) => {
          xmlFragment(text(n), 0);
          return hex(xmlFragment(t, 0).deflated) !== fresh(t);
        })
        .map((t) => `${t.length} after ${n}`),
    );
    expect(differing).toEqual([]);
  });
});
