import { Deflate, deflateRaw, Z_SYNC_FLUSH } from 'pako';
import { crc32 } from '../lib/crc32.js';
import type { Row, TableName } from '../records/tables.js';
import { sheetRows } from './xlsx-cells.js';

/*
 * A sheet of the workbook is written from fragments compressed apart: each document's rows are
 * deflated by the stage that built them (in parallel, and kept in the cache), and a sheet is its
 * head, the fragments in order and its end, joined as they are. A deflate stream may be followed
 * by another once it ends on a byte boundary (a sync flush); its checksum is the fragments'
 * combined. Deflated by pako, zlib written in JavaScript: Node's zlib (Chromium's) chooses its
 * matches by instructions of the processor it runs on, and the workbook must be the same bytes on
 * any machine; fflate's sync flush misplaces the stored block on some inputs (fflate issue #267).
 */

/**
 * Deflate level of the workbook. Measured on the sheets of 1,000 documents (166 MB of XML in
 * 10,000 fragments, by bench/workbook-levels.mjs, median of 3): level 1 at 88 MB/s gives 19.2 MB,
 * level 3 at 86 MB/s 17.8 MB, level 4 at 57 MB/s 17.1 MB, level 6 at 47 MB/s 15.8 MB. Level 3:
 * the smallest of the fast levels. Fragments deflated apart compress less than one stream (the
 * whole sheets in one stream at level 1 gave 11.3 MB), the price of deflating each document once,
 * in parallel, and never again while its inputs are unchanged.
 */
export const LEVEL: number = 3;

/** Some rows of a sheet, compressed: raw deflate that does not end the stream, its size and checksum. */
export interface SheetFragment {
  /** Data rows. */
  rows: number;
  /** Bytes of XML before compression, and their CRC-32. */
  size: number;
  crc: number;
  deflated: Uint8Array;
}

/** Bytes deflated so that more may follow: the output ends with an empty stored block (a sync flush). */
function deflateOpen(data: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  const deflate = new Deflate({ level: LEVEL, raw: true });
  deflate.onData = (chunk) => chunks.push(chunk);
  deflate.push(data, Z_SYNC_FLUSH);
  return Buffer.concat(chunks);
}

/** A fragment of XML (the head of a sheet, or rows). */
export function xmlFragment(xml: string, rows: number): SheetFragment {
  const data = Buffer.from(xml);
  return { rows, size: data.length, crc: crc32(data), deflated: deflateOpen(data) };
}

/** The rows of one table (one document's, in a build) as a fragment of its sheet; pure. */
export const sheetFragment = (table: TableName, rows: Row[]): SheetFragment => {
  const { xml, rows: count } = sheetRows(table, rows);
  return xmlFragment(xml, count);
};

/** The last bytes of an entry (a sheet's end, or a whole part), deflated to end the stream. */
export function lastFragment(xml: string): SheetFragment {
  const data = Buffer.from(xml);
  return {
    rows: 0,
    size: data.length,
    crc: crc32(data),
    deflated: deflateRaw(data, { level: LEVEL }),
  };
}
