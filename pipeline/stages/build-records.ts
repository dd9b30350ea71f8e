import type { Annotation, ClaimAnnotation } from '../annotations.js';
import { precisionOf } from '../normalise/parse-date.js';
import { type Row, sortRows, TABLES, type TableName, type Tables } from '../records/tables.js';
import type { CoverageReport } from './coverage.js';
import type { SourceDocument } from './ingest.js';
import type { Normalised, Piece, ResolvedDate } from './normalise.js';
import type { ParsedAnnotations } from './parse-annotations.js';
import type { Gazetteer } from './read-gazetteer.js';
import { relationRecords } from './relation-records.js';

export interface AnnotatedDocument {
  doc: SourceDocument;
  parsed: ParsedAnnotations;
  normalised: Normalised;
  /** Every mention of a number, date or time, and what covers it (its exclusions are rows). */
  coverage: CoverageReport;
  /** The gazetteer of the raw folder, for the coordinates of places. */
  gazetteer?: Gazetteer;
}

const SUBJECT_TABLE: Partial<Record<Annotation['kind'], TableName>> = {
  campaign: 'events',
  incident: 'events',
  casualty: 'casualties',
  damage: 'damage',
  munition: 'munitions',
  role: 'event_actors',
};

/** Build-records stage: turns annotated, normalised documents into table rows, sorted by key. Pure. */
export function buildRecords(documents: AnnotatedDocument[]): Tables {
  return mergeTables(documents.map(documentRecords));
}

/** The rows of several sets of tables together, each table sorted by its primary key. */
export function mergeTables(parts: Tables[]): Tables {
  const tables = Object.fromEntries(TABLES.map((t) => [t, [] as Row[]])) as unknown as Tables;
  for (const part of parts) {
    for (const t of TABLES) for (const row of part[t]) tables[t].push(row);
  }
  for (const t of TABLES) tables[t] = sortRows(t, tables[t]);
  return tables;
}

function documentRecords({
  doc,
  parsed,
  normalised,
  coverage,
  gazetteer,
}: AnnotatedDocument): Tables {
  const m = doc.metadata;
  const id = (annotationId: string) => `${doc.id}:${annotationId}`;
  const provenance = (a: Annotation): Row => ({
    document_id: doc.id,
    span_start: a.selector.start,
    span_end: a.selector.end,
    quote: a.selector.exact,
  });
  const get = (annotationId: string) => parsed.byId.get(annotationId) as Annotation;
  const count = (a: Annotation & { count?: string }): Row => {
    const c = normalised.counts.get(a.id);
    return {
      count_low: c?.low ?? null,
      count_best: c?.best ?? null,
      count_high: c?.high ?? null,
      qualifier: c?.qualifier ?? 'unspecified',
      count_quote: a.count ?? null,
    };
  };
  const dateRange = (ids: string[]): ResolvedDate => {
    const ds = ids.map((i) => normalised.dates.get(i) as ResolvedDate);
    const start = ds.map((x) => x.start).sort()[0] as string;
    const end = ds
      .map((x) => x.end)
      .sort()
      .reverse()[0] as string;
    const pieces = [...new Map(ds.flatMap((x) => x.pieces).map((p) => [p.start, p])).values()].sort(
      (x, y) => x.start - y.start,
    );
    const first = ds[0] as ResolvedDate;
    return {
      start,
      end,
      month: ds.length === 1 ? first.month : false,
      basis:
        ds.length === 1
          ? first.basis
          : ds.some((x) => x.basis === 'derived_duration')
            ? 'derived_duration'
            : 'derived_range',
      pieces,
    };
  };
  const quoteOf = (pieces: Piece[]) => pieces.map((p) => p.exact).join(' … ');
  const campaignOf = new Map<string, string>();
  const tables = Object.fromEntries(TABLES.map((t) => [t, [] as Row[]])) as unknown as Tables;
  const relations = relationRecords(
    doc,
    parsed,
    gazetteer ?? { file: 'gazetteer.json', present: false, entries: new Map() },
    coverage,
  );
  tables.event_actors.push(...relations.event_actors);
  tables.places.push(...relations.places);
  tables.exclusions.push(...relations.exclusions);

  tables.documents.push({
    document_id: m.id,
    title: m.title,
    address: m.address,
    publisher: m.publisher,
    language: m.language,
    licence: m.licence.name,
    licence_url: m.licence.path,
    revision_id: m.revision.id,
    revision_status: m.revision.status,
    sha256: m.sha256,
    bytes: m.bytes,
    code_points: m.code_points,
  });
  for (const a of parsed.annotations) {
    switch (a.kind) {
      case 'campaign':
      case 'incident': {
        const campaign =
          a.kind === 'campaign' ? a : (get(a.part_of) as Extract<Annotation, { kind: 'campaign' }>);
        campaignOf.set(a.id, campaign.id);
        const date = dateRange(a.dates);
        const time = a.kind === 'incident' && a.time ? normalised.times.get(a.time) : undefined;
        tables.events.push({
          event_id: id(a.id),
          parent_event_id: a.kind === 'incident' ? id(a.part_of) : null,
          event_kind: a.kind,
          event_type: a.event_type,
          sub_event_type: a.sub_event_type,
          date_start: date.start,
          date_end: date.end,
          date_precision: precisionOf(date),
          date_basis: a.kind === 'incident' && a.date_basis === 'context' ? 'context' : date.basis,
          date_basis_quote: quoteOf(date.pieces),
          time_local: time?.time ?? null,
          time_qualifier: time?.qualifier ?? null,
          time_quote: a.kind === 'incident' && a.time ? get(a.time).selector.exact : null,
          time_basis: time ? (a.kind === 'incident' && a.time_basis) || 'stated' : null,
          utc_offset: normalised.offsets.get(campaign.timezone) ?? '',
          location: a.location,
          place_id: relations.placeId(a.id),
          summary: a.summary,
          ...provenance(a),
        });
        break;
      }
      case 'casualty':
        if (a.restates) break;
        tables.casualties.push({
          casualty_id: id(a.id),
          event_id: id(a.event),
          outcome: a.outcome,
          population: a.population,
          ...count(a),
          scope: a.scope,
          ...relations.inclusion(a.id),
          ...provenance(a),
        });
        break;
      case 'damage':
        if (a.restates) break;
        tables.damage.push({
          damage_id: id(a.id),
          event_id: id(a.event),
          object: a.object,
          object_category: a.object_category,
          damage_level: a.damage_level,
          unit: a.unit,
          ...count(a),
          scope: a.scope,
          place_id: relations.placeId(a.id),
          ...relations.inclusion(a.id),
          ...provenance(a),
        });
        break;
      case 'munition': {
        const date = a.dates ? dateRange(a.dates) : undefined;
        tables.munitions.push({
          munition_id: id(a.id),
          event_id: id(a.event),
          weapon: a.weapon,
          weapon_category: a.weapon_category,
          origin: a.origin ?? null,
          unit: a.unit,
          ...count(a),
          date_start: date?.start ?? null,
          // an open end ("starting on …"): the text gives when use began, not when it ended
          date_end: a.open_end ? null : (date?.end ?? null),
          scope: a.scope,
          ...provenance(a),
        });
        break;
      }
      case 'actor':
        tables.actors.push({
          actor_id: id(a.id),
          name: a.name,
          actor_type: a.actor_type,
          affiliation: a.affiliation,
          affiliation_quote: a.affiliation_words ?? null,
          speaks_for_actor_id: a.speaks_for ? id(a.speaks_for) : null,
          ...provenance(a),
        });
        break;
      case 'claim':
        tables.claims.push(...claimRows(a, id, get, normalised, provenance(a)));
        break;
      default:
        break;
    }
  }
  return tables;
}

function claimRows(
  a: ClaimAnnotation,
  id: (x: string) => string,
  get: (x: string) => Annotation,
  normalised: Normalised,
  provenance: Row,
): Row[] {
  const date = a.statement_date ? normalised.dates.get(a.statement_date) : undefined;
  return a.subjects.map((named) => {
    // a claim on a restatement is a claim on the figure it restates
    const subject = (get(named) as { restates?: string }).restates ?? named;
    return {
      claim_id: `${id(a.id)}/${named}`,
      subject_table: SUBJECT_TABLE[get(subject).kind] ?? null,
      subject_id: id(subject),
      actor_id: id(a.actor),
      stance: a.stance,
      attribution_basis: a.attribution_basis,
      statement_date: date && date.start === date.end ? date.start : null,
      statement_date_quote: date ? date.pieces.map((p) => p.exact).join(' … ') : null,
      ...provenance,
    };
  });
}
