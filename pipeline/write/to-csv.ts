import { stringify } from 'csv-stringify/sync';
import { columns, type Row, type TableName } from '../records/tables.js';

/** Line terminator of every CSV file (stated in the descriptor's dialect). */
export const CSV_LINE_TERMINATOR = '\n';

/**
 * CSV: UTF-8 without BOM, a header row, RFC 4180 quoting (fields with a comma, quote or line
 * break are quoted, quotes doubled), LF line endings, missing values as empty fields,
 * booleans as true/false. csv-stringify quotes a field holding the record delimiter (\n) but
 * not one holding a bare carriage return, which Python's csv and others read as a line break:
 * `quoted_match` quotes those too.
 */
export function toCsv(table: TableName, rows: Row[]): string {
  return stringify(rows, {
    header: true,
    columns: columns(table),
    record_delimiter: CSV_LINE_TERMINATOR,
    quoted_match: '\r',
    cast: { boolean: (v) => (v ? 'true' : 'false') },
  });
}
