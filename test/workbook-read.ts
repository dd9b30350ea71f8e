import { expect } from 'vitest';
import { PYTHON, run } from './runtimes.js';

/**
 * openpyxl's view of a sheet: every cell's value and openpyxl type (n, s, d, b, f), the frozen
 * pane's top-left cell, and whether each header cell is bold.
 */
export interface Sheet {
  rows: unknown[][];
  types: string[][];
  frozen: string | null;
  bold: boolean[];
}
export type Book = Record<string, Sheet> & { sheets: string[]; created: string; modified: string };

const READ_BACK = `
import json, sys, datetime
import openpyxl
from openpyxl.utils.escape import unescape
wb = openpyxl.load_workbook(sys.argv[1])
decode = sys.argv[2] == "unescape"
out = {"sheets": wb.sheetnames, "created": wb.properties.created.isoformat(), "modified": wb.properties.modified.isoformat()}
def value(v):
    if isinstance(v, datetime.datetime): return v.strftime("%Y-%m-%d")
    if decode and isinstance(v, str): return unescape(v)
    return v
for ws in wb.worksheets:
    rows, types = [], []
    for row in ws.iter_rows():
        rows.append([value(c.value) for c in row])
        types.append([c.data_type for c in row])
    out[ws.title] = {"rows": rows, "types": types, "frozen": ws.freeze_panes, "bold": [bool(c.font.b) for c in ws[1]]}
print(json.dumps(out, ensure_ascii=False))
`;

/**
 * A workbook read back with openpyxl; with `decode`, its text decoded from OOXML's `_xHHHH_`
 * as Excel decodes it (openpyxl leaves inline strings as they are stored).
 */
export function readBack(path: string, decode = false): Book {
  const r = run(PYTHON, ['-c', READ_BACK, path, decode ? 'unescape' : 'raw']);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout);
}
