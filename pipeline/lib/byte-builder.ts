/**
 * Bytes built up piece by piece in one buffer that is kept and reused: strings are encoded to
 * UTF-8 straight into it (TextEncoder.encodeInto, several times quicker than Buffer.from for a
 * string with any character past U+00FF), and nothing is allocated per piece. A document's
 * stages make a few hundred kilobytes of output; allocating them afresh, piece by piece, cost
 * the workers as much in the kernel (memory mapped and unmapped) as in JavaScript.
 */
export class ByteBuilder {
  private buffer = new Uint8Array(1 << 16);
  private readonly encoder = new TextEncoder();
  length = 0;

  /** Makes room for `more` bytes after what is built. */
  private reserve(more: number): void {
    if (this.length + more <= this.buffer.length) return;
    let size = this.buffer.length;
    while (size < this.length + more) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }

  /** Appends a piece (a string as UTF-8); returns its size in bytes. */
  append(piece: string | Uint8Array): number {
    if (typeof piece === 'string') {
      // a UTF-16 code unit takes at most 3 bytes of UTF-8
      this.reserve(piece.length * 3);
      const { written } = this.encoder.encodeInto(piece, this.buffer.subarray(this.length));
      this.length += written;
      return written;
    }
    this.reserve(piece.length);
    this.buffer.set(piece, this.length);
    this.length += piece.length;
    return piece.length;
  }

  /** What is built: a view, valid until the next append or reset. */
  view(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  /** Empties the builder (its buffer is kept). */
  reset(): this {
    this.length = 0;
    return this;
  }
}
