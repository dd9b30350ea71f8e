// Casualties by incident, with who asserts, confirms, reports or denies each figure.
// Plain Node.js, no dependencies: node examples/casualties-by-incident.mjs [dist]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const load = (table) => JSON.parse(readFileSync(join(dist, `${table}.json`), 'utf8'));
const events = new Map(load('events').map((e) => [e.event_id, e]));
const actors = new Map(load('actors').map((a) => [a.actor_id, a]));
const claims = load('claims');

for (const c of load('casualties')) {
  const e = events.get(c.event_id);
  const bounds = c.count_best ?? [c.count_low ?? '?', c.count_high ?? '?'].join('–');
  const who = claims
    .filter((cl) => cl.subject_id === c.casualty_id)
    .map((cl) => `${actors.get(cl.actor_id).name} ${cl.stance}`)
    .join('; ');
  console.log(
    `${e.date_start}..${e.date_end} ${e.event_kind} ${c.outcome} ${c.qualifier} ${bounds} — ${who}`,
  );
}
