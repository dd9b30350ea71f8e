import { xmlAttribute, xmlText } from './xlsx-cells.js';

/**
 * The parts of a minimal SpreadsheetML package besides the sheets' rows: the content types, the
 * relationships, the document properties, the workbook (its sheets by name), the styles (plain,
 * bold, and a yyyy-mm-dd date), and the start and end of each worksheet. Pure.
 */

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOCUMENT_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const SPREADSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** Where sheet `i` (1-based) is stored. */
export const sheetPath = (i: number) => `xl/worksheets/sheet${i}.xml`;

const relationships = (rels: [string, string][]) =>
  `${DECLARATION}<Relationships xmlns="${RELATIONSHIPS}">${rels
    .map(
      ([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`,
    )
    .join('')}</Relationships>`;

export function contentTypes(sheets: number): string {
  const override = (part: string, type: string) =>
    `<Override PartName="/${part}" ContentType="${type}"/>`;
  const worksheets = Array.from({ length: sheets }, (_, i) =>
    override(sheetPath(i + 1), `${SPREADSHEET_TYPE}.worksheet+xml`),
  );
  return `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${override('xl/workbook.xml', `${SPREADSHEET_TYPE}.sheet.main+xml`)}${override('xl/styles.xml', `${SPREADSHEET_TYPE}.styles+xml`)}${worksheets.join('')}${override('docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml')}${override('docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml')}</Types>`;
}

export const ROOT_RELATIONSHIPS = relationships([
  [`${DOCUMENT_RELATIONSHIP}/officeDocument`, 'xl/workbook.xml'],
  [`${RELATIONSHIPS}/metadata/core-properties`, 'docProps/core.xml'],
  [`${DOCUMENT_RELATIONSHIP}/extended-properties`, 'docProps/app.xml'],
]);

/** The workbook's relationships: its sheets (rId1…rIdN, in order), then its styles. */
export const workbookRelationships = (sheets: number) =>
  relationships([
    ...Array.from({ length: sheets }, (_, i): [string, string] => [
      `${DOCUMENT_RELATIONSHIP}/worksheet`,
      `worksheets/sheet${i + 1}.xml`,
    ]),
    [`${DOCUMENT_RELATIONSHIP}/styles`, 'styles.xml'],
  ]);

export function workbook(names: string[]): string {
  const sheets = names.map(
    (name, i) => `<sheet name="${xmlAttribute(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
  );
  return `${DECLARATION}<workbook xmlns="${MAIN}" xmlns:r="${DOCUMENT_RELATIONSHIP}"><sheets>${sheets.join('')}</sheets></workbook>`;
}

/** The core properties: title and author, and the release's date as created and modified. */
export function coreProperties(title: string, creator: string, created: string): string {
  const when = new Date(created).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const date = (name: string) =>
    `<dcterms:${name} xsi:type="dcterms:W3CDTF">${when}</dcterms:${name}>`;
  return `${DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xmlText(title)}</dc:title><dc:creator>${xmlText(creator)}</dc:creator><cp:lastModifiedBy>${xmlText(creator)}</cp:lastModifiedBy>${date('created')}${date('modified')}</cp:coreProperties>`;
}

export const appProperties = (application: string) =>
  `${DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${xmlText(application)}</Application></Properties>`;

/** Fonts 0 (plain) and 1 (bold); cell formats 0 plain, 1 bold, 2 the date (numFmt 164). */
export const STYLES = `${DECLARATION}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** A worksheet up to its first row; with `frozen`, the first row stays in view when scrolling. */
export function sheetStart(frozen: boolean): string {
  const pane = frozen
    ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/>'
    : '';
  return `${DECLARATION}<worksheet xmlns="${MAIN}"><sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews><sheetData>`;
}

export const SHEET_END = '</sheetData></worksheet>';
