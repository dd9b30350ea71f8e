import { schemaJson } from '../lib/schema-files.js';
import { TABLES, tableSchema } from '../records/tables.js';
import { fieldInfo, TEXT_PATTERNS } from './fields.js';
import { type ReleaseInfo, resourcesNote } from './to-datapackage.js';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function typeOf(f: ReturnType<typeof fieldInfo>[number]): string {
  if (f.format === 'date') return 'date (ISO 8601)';
  return f.type;
}

/** dist/CODEBOOK.md, generated from the JSON Schemas in schemas/. */
export function toCodebook(release: ReleaseInfo): string {
  const dataset = schemaJson('dataset.json') as { title: string; totals: string };
  const vocabulary = schemaJson('vocabulary.schema.json') as {
    $defs: Record<string, { enum?: string[]; description: string }>;
  };
  const out: string[] = [
    `# Codebook: ${dataset.title}`,
    '',
    `Version ${release.version}. Generated from the JSON Schemas in \`schemas/\`; do not edit by hand.`,
    '',
    '## Conventions',
    '',
    '- **Provenance.** Every record carries `document_id`, `span_start`, `span_end` and `quote`: the exact words it was built from. Offsets count Unicode code points from the start of the document text, end exclusive (Python `text[span_start:span_end]`; in JavaScript use `[...text].slice(span_start, span_end).join("")`).',
    '- **Ids.** Record ids are `<document_id>:<annotation id>` (claims add `/<subject annotation id>`). They are derived from the curated annotations, never from row order, and are never reused.',
    '- **Counts.** `count_low`, `count_best` and `count_high` are integers read from the words in `count_quote`; `qualifier` keeps what the words say. Bounds are the tightest the words allow: "more than 12" gives `count_low` 13; `count_best` is set only when the words give one number; an empty bound means the words give none. The rules per qualifier are listed under `qualifier` below.',
    "- **Dates.** `date_start` and `date_end` are the earliest and latest dates the text allows; `date_precision` says how wide the range is and `date_basis` how it was obtained, from the words in `date_basis_quote`. Times are local (`time_local`) with a fixed `utc_offset` read from the text; `time_basis` says whether the time is the attack's own, the time a party reported it under way, or a time from a second report linked to it.",
    '- **Events.** An incident is each attack the text tells of, even when two fall on the same day and place (the 08:03 and ~14:00 attacks of 27 September). ACLED and UCDP GED merge events by day and location; group by `date_start`, `date_end` and `location` before comparing counts with them.',
    '- **Claims.** Nothing is recorded as a verdict. Every figure, incident, damaged object, weapon and role (who attacked whom, in `event_actors`) is the subject of one or more claims: who (`actor_id`) asserts, confirms, reports or denies it, and when, where the text says. `attribution_basis` says why a claim is its actor\'s: the sentence names the source (`explicit`), or carries on that source\'s account in the same paragraph (`continuation`: reported speech that goes on, a list the source began with "also …", a consequence it states with "As a result, …"). Only a statement with no source within reach is the article\'s own voice (`none`), a claim of the actor `…:article` with stance `reports`. A person who speaks for an organisation is an actor of their own, linked to it by `speaks_for_actor_id`.',
    '- **Scope.** Only what the text says of Stepanakert is recorded; facts about Nagorno-Karabakh in general are left out (as exclusions in the annotations), and statements that cover Stepanakert together with the wider region carry `scope` `stepanakert_and_region`.',
    '- **Files.** Each table is published as CSV (UTF-8 without BOM, header row, comma, RFC 4180 quoting, LF line endings, empty field for a missing value, booleans as true/false), JSON (an array of objects, keys in column order, missing values as null) and Parquet (typed columns: DATE, INTEGER, DOUBLE, BOOLEAN, VARCHAR; zstd). Rows are sorted by primary key. No column holds a list.',
    `- **Totals.** ${dataset.totals}`,
    "- **Who did it.** `event_actors` names, per event, the actors the text says attacked (`perpetrator`, usually ACLED's `actor1`) and were attacked (`target`, usually ACLED's `actor2`); ACLED's actor1 and actor2 do not by themselves say who attacked whom, the role does. UCDP GED's `side_a` and `side_b` match the roles only in one-sided violence (`type_of_violence` 3, `side_b` \"Civilians\"); in state-based conflict `side_a` is a government, the order of the sides does not say who attacked, and civilians are no side: their deaths go to `deaths_civilians`. Responsibility is contested, so a row is not a verdict: the claims whose `subject_table` is `event_actors` say who asserts, confirms, reports or denies it.",
    "- **Places.** Every event, and every damaged object the text places, has a `place_id` in `places`: the name as the text gives it and coordinates (WGS 84 decimal degrees) from a gazetteer entry outside the text, with its own source, address and licence. `geo_precision` follows ACLED and UCDP GED: a site the text names without coordinates of its own (a hospital, a market) takes the town's coordinates with precision `town`, never a made-up point. `events.geojson` holds the same events as an RFC 7946 FeatureCollection (longitude first); each feature names where its point comes from (`gazetteer_id`, `coordinates_source`, `coordinates_address`, `coordinates_licence`, `coordinates_quote`), while its `span_start`, `span_end` and `quote` are the event's words, not the point's.",
    '- **What was left out.** `exclusions` lists every number, date, time or count word of the text that is deliberately not in the tables, with the category and reason.',
    "- **Source texts.** `sources/<document_id>.txt` is each document's text byte for byte: every span can be checked from the published folder alone, and `stepanakert check` checks every quote of every table against it.",
    `- **Descriptor.** ${resourcesNote()}`,
    '',
  ];
  for (const table of TABLES) {
    const s = tableSchema(table);
    out.push(
      `## ${table}`,
      '',
      s.description,
      '',
      `Primary key: \`${s['x-primaryKey'].join(', ')}\`.`,
    );
    for (const fk of s['x-foreignKeys'])
      out.push(
        `Foreign key: \`${fk.fields.join(', ')}\` → \`${fk.reference.resource}.${fk.reference.fields.join(', ')}\`.`,
      );
    for (const rule of s['x-rules'] ?? []) out.push(`Rule: ${rule}`);
    out.push(
      '',
      '| field | type | required | meaning | allowed values |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const f of fieldInfo(table)) {
      const allowed = f.enum
        ? f.enum.map((v) => `\`${v}\``).join(', ')
        : f.pattern
          ? (TEXT_PATTERNS[f.pattern] ?? `pattern \`${f.pattern}\``)
          : '';
      out.push(
        `| \`${f.name}\` | ${typeOf(f)} | ${f.nullable ? 'no' : 'yes'} | ${cell(f.description)} | ${cell(allowed)} |`,
      );
    }
    out.push('');
  }
  out.push('## Vocabularies', '', 'The meaning of every category value.', '');
  for (const [name, def] of Object.entries(vocabulary.$defs)) {
    if (!def.enum) continue;
    out.push(
      `### ${name}`,
      '',
      def.description,
      '',
      `Values: ${def.enum.map((v) => `\`${v}\``).join(', ')}.`,
      '',
    );
  }
  return `${out.join('\n').trimEnd()}\n`;
}
