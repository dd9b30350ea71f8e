// Casualty totals without double counting, in plain JavaScript: from the npm package's typed
// rows, and from the CSV and JSON files with the types of READING.md (d3-dsv parses the CSV).
// Runs from anywhere: node examples/casualty-totals.mjs [<folder or address ending in />]
// The default is the dist/ folder beside this script; the release address works too.
import { fileURLToPath } from "node:url";
import * as dataset from "stepanakert-bombardment-2020";

const base = process.argv[2] ?? fileURLToPath(new URL("../dist/", import.meta.url));

// typed reads, generated from schemas/ by `make examples`: do not edit
import { csvParse } from "d3-dsv"; // in Observable: d3.csvParse
const text = (s) => (s === "" ? null : s);
const int = (s) => (s === "" ? null : Number.parseInt(s, 10));
const num = (s) => (s === "" ? null : Number(s));
const bool = (s) => (s === "" ? null : s === "true");
const date = (s) => (s === "" || s === null ? null : new Date(s + "T00:00:00Z"));
const get = async (file) => (/^https?:/.test(base) ? (await fetch(base + file)).text() : (await import("node:fs")).readFileSync(base + file, "utf8"));
async function fromCSV() {
  const casualties = csvParse(await get("casualties.csv"), (d) => ({ casualty_id: text(d.casualty_id), event_id: text(d.event_id), outcome: text(d.outcome), population: text(d.population), count_low: int(d.count_low), count_best: int(d.count_best), count_high: int(d.count_high), qualifier: text(d.qualifier), count_quote: text(d.count_quote), scope: text(d.scope), included_in: text(d.included_in), inclusion_basis: text(d.inclusion_basis), inclusion_reason: text(d.inclusion_reason), document_id: text(d.document_id), span_start: int(d.span_start), span_end: int(d.span_end), quote: text(d.quote) }));
  const events = csvParse(await get("events.csv"), (d) => ({ event_id: text(d.event_id), parent_event_id: text(d.parent_event_id), event_kind: text(d.event_kind), event_type: text(d.event_type), sub_event_type: text(d.sub_event_type), date_start: date(d.date_start), date_end: date(d.date_end), date_precision: text(d.date_precision), date_basis: text(d.date_basis), date_basis_quote: text(d.date_basis_quote), time_local: text(d.time_local), time_qualifier: text(d.time_qualifier), time_quote: text(d.time_quote), time_basis: text(d.time_basis), utc_offset: text(d.utc_offset), location: text(d.location), place_id: text(d.place_id), summary: text(d.summary), document_id: text(d.document_id), span_start: int(d.span_start), span_end: int(d.span_end), quote: text(d.quote) }));
  return { casualties, events };
}
async function fromJSON() {
  const casualties = JSON.parse(await get("casualties.json"));
  const events = JSON.parse(await get("events.json")).map((d) => ({ ...d, date_start: date(d.date_start), date_end: date(d.date_end) }));
  return { casualties, events };
}
// end of the generated reads

/** The rows a total adds up: none that is included in another row's figure. */
function counted(casualties, events) {
  if (casualties.some((c) => "included_in" in c)) return casualties.filter((c) => c.included_in === null);
  // without included_in: the incident figures are part of the campaign's totals
  const campaign = new Set(events.filter((e) => e.event_kind === "campaign").map((e) => e.event_id));
  return casualties.filter((c) => campaign.has(c.event_id));
}

const sum = (values) => (values.includes(null) ? null : values.reduce((a, b) => a + b, 0));
const show = (v) => (v === null ? "none" : String(v));
const sources = [
  ["the npm package", async () => dataset],
  ["casualties.csv", fromCSV],
  ["casualties.json", fromJSON],
];
for (const [source, read] of sources) {
  const { casualties, events } = await read();
  const rows = counted(casualties, events).filter((c) => [c.count_low, c.count_best, c.count_high].some((v) => v !== null));
  console.log(`casualty totals from ${source}, without double counting:`);
  for (const outcome of [...new Set(rows.map((c) => c.outcome))].sort()) {
    const g = rows.filter((c) => c.outcome === outcome);
    const [low, best, high] = ["count_low", "count_best", "count_high"].map((b) => show(sum(g.map((c) => c[b]))));
    console.log(`${outcome}: low ${low}, best ${best}, high ${high}`);
  }
}
