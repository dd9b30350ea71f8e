import type { AgreementReport } from '../agreement/report.js';
import { toExplorer } from '../explorer/to-explorer.js';
import { toTimelineSvg } from '../explorer/to-timeline-svg.js';
import type { Tables } from '../records/tables.js';
import type { Publication } from '../stages/publish.js';
import { toCodebook } from './to-codebook.js';
import { type ReleaseInfo, toDatapackage } from './to-datapackage.js';
import { toDatasetCard } from './to-dataset-card.js';
import { toLicence } from './to-licence.js';

/** The files derived from the data and schemas: descriptor, codebook, dataset card, licence. Pure. */
export function renderMetadata(release: ReleaseInfo) {
  return (
    tables: Tables,
    files: Publication,
    texts: Map<string, string>,
    agreements: AgreementReport[],
  ): Map<string, string> =>
    new Map([
      ['datapackage.json', toDatapackage(tables.documents, files, release)],
      ['CODEBOOK.md', toCodebook(release)],
      ['README.md', toDatasetCard(tables, release, agreements)],
      ['agreement.json', `${JSON.stringify(agreements, null, 2)}\n`],
      ['LICENSE', toLicence(tables)],
      ['index.html', toExplorer(tables, texts, release)],
      ['timeline.svg', toTimelineSvg(tables)],
    ]);
}
