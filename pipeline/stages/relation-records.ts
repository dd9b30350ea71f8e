import type { Annotation } from '../annotations.js';
import type { Row } from '../records/tables.js';
import { inclusionOf, placeOf } from './check-relations.js';
import type { CoverageReport } from './coverage.js';
import type { SourceDocument } from './ingest.js';
import type { ParsedAnnotations } from './parse-annotations.js';
import type { Gazetteer } from './read-gazetteer.js';

/** The rows and columns that link records: roles, places, inclusions, exclusions. */
export interface RelationRecords {
  event_actors: Row[];
  places: Row[];
  exclusions: Row[];
  /** place_id of an event or damage annotation. */
  placeId(annotationId: string): string | null;
  /** included_in, inclusion_basis and inclusion_reason of a casualty or damage annotation. */
  inclusion(annotationId: string): Row;
}

/** Builds the relation rows of one document. Pure. */
export function relationRecords(
  doc: SourceDocument,
  parsed: ParsedAnnotations,
  gazetteer: Gazetteer,
  covered: CoverageReport,
): RelationRecords {
  const id = (annotationId: string) => `${doc.id}:${annotationId}`;
  const provenance = (a: Annotation): Row => ({
    document_id: doc.id,
    span_start: a.selector.start,
    span_end: a.selector.end,
    quote: a.selector.exact,
  });
  const places = placeOf(parsed);
  const inclusions = inclusionOf(parsed);
  const out: RelationRecords = {
    event_actors: [],
    places: [],
    exclusions: exclusionRows(doc, parsed, covered),
    placeId: (a) => {
      const p = places.get(a);
      return p ? id(p.id) : null;
    },
    inclusion: (a) => {
      const i = inclusions.get(a);
      return {
        included_in: i ? id(i.whole) : null,
        inclusion_basis: i?.basis ?? null,
        inclusion_reason: i?.reason ?? null,
      };
    },
  };
  for (const a of parsed.annotations) {
    if (a.kind === 'role')
      out.event_actors.push({
        event_actor_id: id(a.id),
        event_id: id(a.event),
        actor_id: id(a.actor),
        role: a.role,
        ...provenance(a),
      });
    const entry = a.kind === 'place' ? gazetteer.entries.get(a.gazetteer) : undefined;
    if (a.kind === 'place' && entry)
      out.places.push({
        place_id: id(a.id),
        name: a.selector.exact,
        latitude: entry.latitude,
        longitude: entry.longitude,
        geo_precision: entry.precision,
        gazetteer_id: entry.id,
        coordinates_source: `${entry.source.title} (${entry.source.publisher})`,
        coordinates_address: entry.source.address,
        coordinates_licence: entry.source.licence.name,
        coordinates_quote: entry.source.quote,
        ...provenance(a),
      });
  }
  return out;
}

/** Every mention the coverage report marks excluded, with its exclusion's reason. */
function exclusionRows(
  doc: SourceDocument,
  parsed: ParsedAnnotations,
  covered: CoverageReport,
): Row[] {
  return covered.mentions
    .filter((m) => m.status === 'excluded')
    .map((m) => {
      const x = parsed.byId.get(m.by ?? '') as Extract<Annotation, { kind: 'exclusion' }>;
      return {
        mention_id: `${doc.id}:${x.id}@${m.start}`,
        exclusion_id: `${doc.id}:${x.id}`,
        mention_type: m.type,
        category: x.category,
        reason: x.reason,
        exclusion_start: x.selector.start,
        exclusion_end: x.selector.end,
        document_id: doc.id,
        span_start: m.start,
        span_end: m.end,
        quote: m.text,
      };
    });
}
