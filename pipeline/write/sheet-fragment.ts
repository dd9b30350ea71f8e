import {
  deflateRaw,
  Z_DEFAULT_STRATEGY,
  Z_OK,
  Z_SYNC_FLUSH,
  ZStream,
  zlibDeflate,
  zlibDeflateInit2,
  zlibDeflateReset,
} from 'pako';
import { ByteBuilder } from '../lib/byte-builder.js';
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

/**
 * One deflate stream, reset for each fragment: a stream's state is 250 KB of tables, and ten
 * fragments a document would otherwise allocate (and collect) ten. zlib's deflateReset leaves
 * the window as the last fragment left it, and pako's 4-byte hash reads one byte past a
 * fragment's end (when three bytes are left), so a reset stream could write other bytes than a
 * new one, after some fragments and not others: a sheet's bytes would depend on which worker
 * compressed what before. The window and the hash chains are cleared too, as a new stream has
 * them (tested).
 */
let stream: ZStream | undefined;

/** Bytes the stream was given since it was last reset (or made): how much of its window they reached. */
let given = Number.POSITIVE_INFINITY;

function openStream(): ZStream {
  const strm = new ZStream();
  // raw deflate (negative window bits), 32 KiB window, pako's default memory level and strategy
  const status = zlibDeflateInit2(strm, LEVEL, 8, -15, 8, Z_DEFAULT_STRATEGY);
  if (status !== Z_OK) throw new Error(`pako could not start a deflate stream (status ${status})`);
  const { window, prev, w_size } = strm.state ?? {};
  if (!(window instanceof Uint8Array && prev instanceof Uint16Array && Number.isInteger(w_size)))
    throw new Error("pako's deflate state has no window, prev and w_size to clear: pin pako 3.0");
  return strm;
}

/**
 * The stream as a new one starts: reset, its window and hash chains zero. Less than a window of
 * input (32 KiB) never slides the window, so it wrote only the window's first `given` bytes and
 * as many entries of the chains; only those are cleared (the rest is still zero).
 */
function resetStream(strm: ZStream): void {
  zlibDeflateReset(strm);
  const { window, prev, w_size } = strm.state;
  // fill stops at the array's end
  const reached = given < w_size ? given : Number.POSITIVE_INFINITY;
  window.fill(0, 0, reached);
  prev.fill(0, 0, reached);
}

/** Where fragments are deflated into, kept between fragments (the result is copied out). */
let output = new Uint8Array(1 << 16);

/** What is known of a fragment without its bytes: its rows, size and checksum. */
export type FragmentFacts = Omit<SheetFragment, 'deflated'>;

/** Bytes deflated so that more may follow: the output ends with an empty stored block (a sync flush). */
function deflateOpen(data: Uint8Array): Uint8Array {
  stream ??= openStream();
  const strm = stream;
  resetStream(strm);
  given = data.length;
  strm.input = data;
  strm.next_in = 0;
  strm.avail_in = data.length;
  // room for incompressible data (5 bytes a 16 KiB stored block) and the flush, in one call
  const room = data.length + 5 * Math.ceil(data.length / 16384) + 64;
  if (output.length < room) output = new Uint8Array(room);
  strm.output = output as Uint8Array<ArrayBuffer>;
  strm.next_out = 0;
  strm.avail_out = room;
  const status = zlibDeflate(strm, Z_SYNC_FLUSH);
  if (status !== Z_OK || strm.avail_in !== 0 || strm.avail_out === 0)
    throw new Error(`pako did not deflate a fragment whole (status ${status})`);
  return output.slice(0, strm.next_out);
}

/** The XML of a fragment as UTF-8, encoded into a buffer kept between fragments. */
const xmlBytes = new ByteBuilder();

/** A fragment of XML (the head of a sheet, or rows). */
export function xmlFragment(xml: string, rows: number): SheetFragment {
  const data = xmlBytes.reset();
  const size = data.append(xml);
  return { rows, size, crc: crc32(data.view()), deflated: deflateOpen(data.view()) };
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
