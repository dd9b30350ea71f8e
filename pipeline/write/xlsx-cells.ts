import { type FieldInfo, fieldInfo } from '../metadata/fields.js';
import type { Row, TableName, Value } from '../records/tables.js';

/** Cell styles of xl/styles.xml (the index of each in its cellXfs). */
export const STYLE = { plain: 0, bold: 1, date: 2 } as const;

/**
 * What must not stand as it is in the text of an element: markup (& < >); a carriage return,
 * which an XML parser would read as a line feed, so it goes as a character reference; the
 * characters XML 1.0 forbids (C0 controls but tab, line feed and carriage return; U+FFFE, U+FFFF;
 * a lone surrogate, the `u` flag matching only unpaired ones), written as OOXML's `_xHHHH_`; and
 * an underscore that starts such a sequence in the text itself, written `_x005F_` so a reader
 * does not decode it.
 */
const ESCAPED =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters to escape
  /[&<>\r]|_(?=x[0-9A-Fa-f]{4}_)|[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF]/gu;
const MARKUP: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };

const escapeOne = (c: string) =>
  MARKUP[c] ?? `_x${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}_`;

/**
 * A quick test, without the `u` flag and its lookahead, that holds for every text ESCAPED would
 * change (and for a few it would not: a paired surrogate, an "_x" not followed by four hex
 * digits and "_"). Most cells hold nothing to escape and are then not run through replace.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters to escape
const MAY_ESCAPE = /[&<>\r\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF]|_x/;

/** Text as the content of a SpreadsheetML element: every character kept, none read as markup. */
export function xmlText(text: string): string {
  return MAY_ESCAPE.test(text) ? text.replace(ESCAPED, escapeOne) : text;
}

/** Text as an attribute value in double quotes. */
export const xmlAttribute = (text: string) => xmlText(text).replaceAll('"', '&quot;');

/** Whitespace a reader would trim or fold without xml:space="preserve". */
const LOOSE = /^\s|\s$|[\t\n\r]| {2}/;

/**
 * One quick test that holds for every text LOOSE or MAY_ESCAPE holds for: most cells are plain
 * text, written after this one test instead of both.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters to escape
const NOT_PLAIN = /[&<>\0-\x1F\uFFFE\uFFFF\uD800-\uDFFF]|_x|^\s|\s$| {2}/;

/** A text cell as an inline string (no shared-string table to hold in memory). */
export function textCell(text: string, style: number = STYLE.plain): string {
  const s = style === STYLE.plain ? '' : ` s="${style}"`;
  const plain = !NOT_PLAIN.test(text);
  const space = !plain && LOOSE.test(text) ? ' xml:space="preserve"' : '';
  return `<c${s} t="inlineStr"><is><t${space}>${plain ? text : xmlText(text)}</t></is></c>`;
}

const DAY_MS = 86_400_000;

/**
 * A date (yyyy-mm-dd) as its serial day number in Excel's 1900 date system, or undefined when it
 * has none (before 1900-01-01 or after 9999-12-31): days since 1899-12-30, less one before
 * 1900-03-01, where Excel counts the 29 February 1900 that never was.
 */
export function serialDay(date: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return undefined;
  const days = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS + 25_569;
  const serial = days >= 61 ? days : days - 1;
  return serial >= 1 && serial <= 2_958_465 ? serial : undefined;
}

/** One cell as the schema types it: numbers and booleans as such, dates as serial days, all else text. */
export function cellXml(f: FieldInfo, v: Value): string {
  if (v === null) return '<c/>';
  if (f.format === 'date') {
    const serial = serialDay(String(v));
    if (serial !== undefined) return `<c s="${STYLE.date}"><v>${serial}</v></c>`;
  } else if ((f.type === 'integer' || f.type === 'number') && Number.isFinite(v))
    return `<c><v>${v}</v></c>`;
  else if (f.type === 'boolean' && typeof v === 'boolean')
    return `<c t="b"><v>${v ? 1 : 0}</v></c>`;
  return textCell(String(v));
}

/** A row without its `r` attribute, nor its cells': it may stand at any position. */
export const rowXml = (cells: string[]) => `<row>${cells.join('')}</row>`;

/** A table's header row: its field names, bold. */
export function headerRow(table: TableName): string {
  return rowXml(fieldInfo(table).map((f) => textCell(f.name, STYLE.bold)));
}

const fieldsOf = new Map<TableName, FieldInfo[]>();

/** The <row> elements of some rows of one table, position-independent; pure. Called once per document. */
export function sheetRows(table: TableName, rows: Row[]): { xml: string; rows: number } {
  let fields = fieldsOf.get(table);
  if (!fields) {
    fields = fieldInfo(table);
    fieldsOf.set(table, fields);
  }
  // one string grown cell by cell: no array of cells per row, no array of rows, each joined
  let xml = '';
  for (const row of rows) {
    xml += '<row>';
    for (const f of fields) xml += cellXml(f, row[f.name] ?? null);
    xml += '</row>';
  }
  return { xml, rows: rows.length };
}
