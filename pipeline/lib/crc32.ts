import { crc32 } from 'node:zlib';

/*
 * CRC-32 (the zip and gzip checksum) of pieces computed apart, joined without their bytes. A
 * sheet of the workbook is the concatenation of every document's piece, each compressed and
 * checksummed by the stage that built it: its checksum is the pieces' checksums combined. The
 * arithmetic is zlib's crc32_combine (polynomials over GF(2) modulo the CRC-32 polynomial,
 * bit-reversed); `crc32` itself is Node's (zlib's), which it is tested against.
 */

export { crc32 };

/** The CRC-32 polynomial, bit-reversed. */
const POLY = 0xedb88320;

/** a × b modulo POLY, both bit-reversed polynomials (a ≠ 0). */
function multModP(a: number, b: number): number {
  let m = 0x80000000;
  let p = 0;
  let x = b;
  for (;;) {
    if ((a & m) !== 0) {
      p ^= x;
      if ((a & (m - 1)) === 0) break;
    }
    m >>>= 1;
    x = x & 1 ? (x >>> 1) ^ POLY : x >>> 1;
  }
  return p >>> 0;
}

/** x^(2^k) modulo POLY, for k = 0 … 31. */
const X2N: number[] = [];
for (let k = 0, p = 1 << 30; k < 32; k++) {
  X2N.push(p);
  p = multModP(p, p);
}

/** x^(n × 2^k) modulo POLY. */
function x2nModP(n: number, k: number): number {
  let p = 0x80000000; // x^0
  for (let rest = n, i = k; rest > 0; rest = Math.floor(rest / 2), i++)
    if (rest % 2 === 1) p = multModP(X2N[i % 32] as number, p);
  return p;
}

/** The CRC-32 of A followed by B, from the CRC-32 of A, that of B and B's length in bytes. */
export function crc32Combine(crcA: number, crcB: number, bytesB: number): number {
  return (multModP(x2nModP(bytesB, 3), crcA) ^ crcB) >>> 0;
}
