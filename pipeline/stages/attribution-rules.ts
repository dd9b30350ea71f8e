import { type Problem, show } from '../lib/errors.js';
import type { Tables } from '../records/tables.js';
import type { AnnotatedDocument } from './build-records.js';
import { type Locate, reporter } from './validate-records.js';

/**
 * The article's own voice only where no source is within reach: attribution_basis none exactly
 * when the actor is unattributed (the article itself), and such a claim only reports.
 */
export function attributionProblems(
  tables: Pick<Tables, 'actors' | 'claims'>,
  locate: Locate,
): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(problems, locate);
  const typeOf = new Map(tables.actors.map((a) => [String(a.actor_id), String(a.actor_type)]));
  for (const row of tables.claims) {
    const own = typeOf.get(String(row.actor_id)) === 'unattributed';
    const none = row.attribution_basis === 'none';
    if (own !== none)
      report(
        'claims',
        row,
        'attribution_basis',
        own
          ? "a claim in the article's own voice with a source basis"
          : 'a claim of a named actor with attribution basis none',
        own
          ? 'attribution_basis none for the unattributed actor'
          : 'explicit (the sentence names the actor) or continuation (it carries on their account)',
        `${show(row.attribution_basis)} for actor ${show(row.actor_id)}`,
        own
          ? 'attribute the claim to the source within reach, or set attribution_basis to none'
          : 'set attribution_basis to explicit or continuation, or attribute the claim to the article itself',
      );
    else if (none && row.stance !== 'reports')
      report(
        'claims',
        row,
        'stance',
        "a claim in the article's own voice that does not report",
        'stance reports',
        show(row.stance),
        'set stance to reports',
      );
  }
  return problems;
}

/**
 * A report linked to an incident by the curators (the incident's time_basis linked_report: the
 * claim that quotes the linked time) reports the incident; it never confirms it.
 */
export function linkedReportProblems(d: AnnotatedDocument): Problem[] {
  const problems: Problem[] = [];
  for (const incident of d.parsed.annotations) {
    if (incident.kind !== 'incident' || incident.time_basis !== 'linked_report' || !incident.time)
      continue;
    const time = d.parsed.byId.get(incident.time)?.selector;
    for (const c of d.parsed.annotations) {
      if (c.kind !== 'claim' || c.stance !== 'confirms' || !c.subjects.includes(incident.id))
        continue;
      if (!time || time.start < c.selector.start || time.end > c.selector.end) continue;
      problems.push({
        file: d.parsed.file.file,
        ...d.parsed.file.locate(['annotations', d.parsed.index.get(c.id) ?? 0, 'stance']),
        id: c.id,
        field: 'stance',
        problem: "a report linked to the incident by the curators' inference confirms it",
        expected: `stance reports: the text does not say this report is of ${show(incident.id)} (its time_basis is linked_report)`,
        found: show(c.stance),
        fix: 'set stance to reports; confirms is only for an actor that says it saw or verified that very fact',
      });
    }
  }
  return problems;
}
