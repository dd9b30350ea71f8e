/**
 * Offsets in this project count Unicode code points (end exclusive), never
 * UTF-16 units or bytes. A CodePointText maps between the two.
 */
export interface CodePointText {
  readonly text: string;
  /** Number of code points. */
  readonly length: number;
  /** UTF-16 index of code point `cp` (0 ≤ cp ≤ length). */
  unit(cp: number): number;
  /** Code point index of UTF-16 index `unit` (must not split a pair). */
  codePoint(unit: number): number;
  /** The text between two code point offsets. */
  slice(start: number, end: number): string;
}

export function codePointText(text: string): CodePointText {
  let astral = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      astral = true;
      break;
    }
  }
  if (!astral) {
    return {
      text,
      length: text.length,
      unit: (cp) => cp,
      codePoint: (unit) => unit,
      slice: (start, end) => text.slice(start, end),
    };
  }
  const toUnit: number[] = [];
  const toCp = new Int32Array(text.length + 1);
  let cp = 0;
  for (let u = 0; u < text.length; cp++) {
    toUnit.push(u);
    toCp[u] = cp;
    const c = text.codePointAt(u) ?? 0;
    const width = c > 0xffff ? 2 : 1;
    if (width === 2) toCp[u + 1] = cp;
    u += width;
  }
  toUnit.push(text.length);
  toCp[text.length] = cp;
  return {
    text,
    length: cp,
    unit: (i) => toUnit[i] ?? text.length,
    codePoint: (u) => toCp[u] ?? cp,
    slice: (start, end) => text.slice(toUnit[start], toUnit[end]),
  };
}

/** Number of code points in a string. */
export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

/**
 * 1-based line and column (in code points) of code point offsets of one text, where an editor
 * shows them. The line starts are found once and each offset is a binary search among them:
 * 100,000 mentions cost one pass over the text, not one pass each.
 */
export function lineLocator(t: CodePointText): (cp: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = t.text.indexOf('\n'); i !== -1; i = t.text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (cp) => {
    const unit = t.unit(cp);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= unit) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: cp - t.codePoint(starts[lo] as number) + 1 };
  };
}
