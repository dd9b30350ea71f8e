import type { AgreementReport } from '../agreement/report.js';
import type { Digest } from '../records/digest.js';
import type { Publication } from '../stages/publish.js';
import { toCodebook } from './to-codebook.js';
import { type ReleaseInfo, toDatapackage } from './to-datapackage.js';
import { toDatasetCard } from './to-dataset-card.js';
import { toLicence } from './to-licence.js';
import { toReading } from './to-reading.js';

/**
 * The files derived from the tables' digest, the schemas and the written files: descriptor,
 * codebook, dataset card, reading recipes, agreement figures, licence. Pure.
 */
export function renderMetadata(release: ReleaseInfo) {
  return (digest: Digest, files: Publication, agreements: AgreementReport[]): Map<string, string> =>
    new Map([
      ['datapackage.json', toDatapackage(digest.documents, digest.places, files, release)],
      ['CODEBOOK.md', toCodebook(release)],
      ['README.md', toDatasetCard(digest, release, agreements)],
      ['READING.md', toReading(release)],
      ['agreement.json', `${JSON.stringify(agreements, null, 2)}\n`],
      ['LICENSE', toLicence(digest)],
    ]);
}
