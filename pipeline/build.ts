import type { Tables } from './records/tables.js';
import { type AnchorStatus, anchorAnnotations } from './stages/anchor.js';
import { type AnnotatedDocument, buildRecords } from './stages/build-records.js';
import { ingest, requireUnchanged, type SourceDocument } from './stages/ingest.js';
import { normalise } from './stages/normalise.js';
import { parseAnnotations } from './stages/parse-annotations.js';
import { type Publication, publish, type RenderMetadata } from './stages/publish.js';
import { readRaw } from './stages/read-raw.js';
import { requireExact } from './stages/require-exact.js';
import { validateRecords } from './stages/validate-records.js';

export interface BuildResult {
  documents: SourceDocument[];
  tables: Tables;
  anchors: Record<AnchorStatus, number>;
}

/**
 * The pipeline, in one visible place:
 * read raw → ingest → parse annotations → anchor → normalise → build records → validate.
 * Everything here is pure after readRaw; publishing is the only write.
 */
export function buildTables(rawDir: string): BuildResult {
  const documents = readRaw(rawDir).map(ingest);
  const anchors: Record<AnchorStatus, number> = {
    exact: 0,
    moved: 0,
    fuzzy: 0,
    ambiguous: 0,
    orphaned: 0,
  };
  const annotated: AnnotatedDocument[] = documents.map((doc) => {
    requireUnchanged(doc);
    const parsed = parseAnnotations(doc);
    const results = anchorAnnotations(doc.text, parsed.annotations);
    for (const r of results) anchors[r.status]++;
    requireExact(doc, parsed, results);
    return { doc, parsed, normalised: normalise(parsed) };
  });
  const tables = validateRecords(buildRecords(annotated), annotated);
  return { documents, tables, anchors };
}

export async function build(
  rawDir: string,
  outDir: string,
  renderMetadata: RenderMetadata,
): Promise<BuildResult & { files: Publication }> {
  const result = buildTables(rawDir);
  const files = await publish(outDir, result.tables, renderMetadata);
  return { ...result, files };
}
