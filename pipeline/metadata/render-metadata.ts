import type { AgreementReport } from '../agreement/report.js';
import { toExplorerFiles } from '../explorer/to-explorer-files.js';
import type { Tables } from '../records/tables.js';
import type { Publication, Renderers } from '../stages/publish.js';
import { workbookName } from './home.js';
import { toCodebook } from './to-codebook.js';
import { type ReleaseInfo, toDatapackage } from './to-datapackage.js';
import { toDatasetCard } from './to-dataset-card.js';
import { toLicence } from './to-licence.js';
import { toReading } from './to-reading.js';

/** Files made from the tables in other formats, described in the descriptor like the tables. */
export function renderDerived(release: ReleaseInfo) {
  return async (tables: Tables): Promise<Map<string, Uint8Array>> => {
    // loaded on first use: the spreadsheet library is large and only a build needs it
    const { toWorkbook } = await import('../write/to-workbook.js');
    return new Map([
      [workbookName(), await toWorkbook(tables, toLicence(tables), release.created)],
    ]);
  };
}

/**
 * The files derived from the data and schemas: descriptor, codebook, dataset card, licence, and
 * the explorer (index.html, timeline.svg and the files of explorer/). Pure.
 */
export function renderMetadata(release: ReleaseInfo) {
  return (
    tables: Tables,
    files: Publication,
    texts: Map<string, string>,
    agreements: AgreementReport[],
  ): Map<string, string> =>
    new Map([
      ['datapackage.json', toDatapackage(tables.documents, tables.places, files, release)],
      ['CODEBOOK.md', toCodebook(release)],
      ['README.md', toDatasetCard(tables, release, agreements)],
      ['READING.md', toReading(release)],
      ['agreement.json', `${JSON.stringify(agreements, null, 2)}\n`],
      ['LICENSE', toLicence(tables)],
      ...toExplorerFiles(tables, texts, release),
    ]);
}

/** Everything a build renders besides the tables, for `publish`. */
export const renderers = (release: ReleaseInfo): Renderers => ({
  derived: renderDerived(release),
  metadata: renderMetadata(release),
});
