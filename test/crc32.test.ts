import { describe, expect, it } from 'vitest';
import { crc32, crc32Combine } from '../pipeline/lib/crc32.js';

describe('crc32Combine: the checksum of two pieces joined, from theirs', () => {
  it('gives the known CRC-32 of "123456789" from its halves', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
    expect(crc32Combine(crc32('1234'), crc32('56789'), 5)).toBe(0xcbf43926);
  });

  it('an empty piece changes nothing, on either side', () => {
    const crc = crc32('abc');
    expect(crc32Combine(crc, crc32(''), 0)).toBe(crc);
    expect(crc32Combine(crc32(''), crc, 3)).toBe(crc);
  });

  it('equals the checksum of the joined bytes, for pieces of every length up to 3,000 bytes', () => {
    // bytes from a fixed linear congruential sequence: the same test every run
    let seed = 12345;
    const bytes = Buffer.alloc(6000);
    for (let i = 0; i < bytes.length; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      bytes[i] = seed >>> 24;
    }
    for (let a = 0; a <= 3000; a += 97)
      for (const b of [0, 1, 2, 3, 7, 64, 1000, 2999]) {
        const [x, y] = [bytes.subarray(0, a), bytes.subarray(a, a + b)];
        expect(crc32Combine(crc32(x), crc32(y), b), `${a} + ${b}`).toBe(
          crc32(bytes.subarray(0, a + b)),
        );
      }
  });

  it('combines many pieces in turn, and pieces longer than 2^31 bytes by their length alone', () => {
    const pieces = ['<row>', '<c><v>1</v></c>', '', '</row>', 'Ստեփանակերտ 😀'];
    let crc = crc32('');
    for (const p of pieces) crc = crc32Combine(crc, crc32(p), Buffer.byteLength(p));
    expect(crc).toBe(crc32(pieces.join('')));
    // lengths past 2^31 and 2^32: joining (A B) then C equals A then (B C), by lengths alone
    const [a, b, c] = [crc32('a'), crc32('b'), crc32('c')];
    const [lb, lc] = [2 ** 31, 2 ** 31 + 7];
    expect(crc32Combine(crc32Combine(a, b, lb), c, lc)).toBe(
      crc32Combine(a, crc32Combine(b, c, lc), lb + lc),
    );
    expect(crc32Combine(a, b, 2 ** 31)).not.toBe(crc32Combine(a, b, 2 ** 31 + 1));
  });
});
