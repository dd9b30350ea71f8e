// Casualty totals without double counting, read with nodejs-polars from CSV and from JSON with
// the types of READING.md. Runs from anywhere (npm install nodejs-polars):
//   node examples/casualty-totals-polars.mjs [<folder or address ending in />]
// The default is the dist/ folder beside this script; the release address works too.
import { fileURLToPath } from "node:url";

const base = process.argv[2] ?? fileURLToPath(new URL("../dist/", import.meta.url));

// typed reads, generated from schemas/ by `make examples`: do not edit
import { readFileSync } from "node:fs";
import pl from "nodejs-polars";
const get = async (file) => (/^https?:/.test(base) ? (await fetch(base + file)).text() : readFileSync(base + file, "utf8"));
async function fromCSV() {
  const casualties = pl.readCSV(await get("casualties.csv"), { schema: {"casualty_id": pl.String, "event_id": pl.String, "outcome": pl.String, "population": pl.String, "count_low": pl.Int64, "count_best": pl.Int64, "count_high": pl.Int64, "qualifier": pl.String, "count_quote": pl.String, "scope": pl.String, "included_in": pl.String, "inclusion_basis": pl.String, "inclusion_reason": pl.String, "document_id": pl.String, "span_start": pl.Int64, "span_end": pl.Int64, "quote": pl.String} });
  const events = pl.readCSV(await get("events.csv"), { schema: {"event_id": pl.String, "parent_event_id": pl.String, "event_kind": pl.String, "event_type": pl.String, "sub_event_type": pl.String, "date_start": pl.Date, "date_end": pl.Date, "date_precision": pl.String, "date_basis": pl.String, "date_basis_quote": pl.String, "time_local": pl.String, "time_qualifier": pl.String, "time_quote": pl.String, "time_basis": pl.String, "utc_offset": pl.String, "location": pl.String, "place_id": pl.String, "summary": pl.String, "document_id": pl.String, "span_start": pl.Int64, "span_end": pl.Int64, "quote": pl.String} });
  return { casualties, events };
}
async function fromJSON() {
  const casualties = pl.readJSON(await get("casualties.json"), { format: "json", inferSchemaLength: null }).select(pl.col("casualty_id").cast(pl.String), pl.col("event_id").cast(pl.String), pl.col("outcome").cast(pl.String), pl.col("population").cast(pl.String), pl.col("count_low").cast(pl.Int64), pl.col("count_best").cast(pl.Int64), pl.col("count_high").cast(pl.Int64), pl.col("qualifier").cast(pl.String), pl.col("count_quote").cast(pl.String), pl.col("scope").cast(pl.String), pl.col("included_in").cast(pl.String), pl.col("inclusion_basis").cast(pl.String), pl.col("inclusion_reason").cast(pl.String), pl.col("document_id").cast(pl.String), pl.col("span_start").cast(pl.Int64), pl.col("span_end").cast(pl.Int64), pl.col("quote").cast(pl.String));
  const events = pl.readJSON(await get("events.json"), { format: "json", inferSchemaLength: null }).select(pl.col("event_id").cast(pl.String), pl.col("parent_event_id").cast(pl.String), pl.col("event_kind").cast(pl.String), pl.col("event_type").cast(pl.String), pl.col("sub_event_type").cast(pl.String), pl.col("date_start").cast(pl.String).str.strptime(pl.Date, "%Y-%m-%d"), pl.col("date_end").cast(pl.String).str.strptime(pl.Date, "%Y-%m-%d"), pl.col("date_precision").cast(pl.String), pl.col("date_basis").cast(pl.String), pl.col("date_basis_quote").cast(pl.String), pl.col("time_local").cast(pl.String), pl.col("time_qualifier").cast(pl.String), pl.col("time_quote").cast(pl.String), pl.col("time_basis").cast(pl.String), pl.col("utc_offset").cast(pl.String), pl.col("location").cast(pl.String), pl.col("place_id").cast(pl.String), pl.col("summary").cast(pl.String), pl.col("document_id").cast(pl.String), pl.col("span_start").cast(pl.Int64), pl.col("span_end").cast(pl.Int64), pl.col("quote").cast(pl.String));
  return { casualties, events };
}
// end of the generated reads

/** The rows a total adds up: none that is included in another row's figure. */
function counted(casualties, events) {
  if (casualties.columns.includes("included_in")) return casualties.filter(pl.col("included_in").isNull());
  // without included_in: the incident figures are part of the campaign's totals
  const campaign = events.filter(pl.col("event_kind").eq(pl.lit("campaign"))).getColumn("event_id").toArray();
  return casualties.filter(pl.col("event_id").isIn(campaign));
}

const show = (v) => (v === null ? "none" : String(v));
for (const [source, read] of [["casualties.csv", fromCSV], ["casualties.json", fromJSON]]) {
  const { casualties, events } = await read();
  const bounds = ["count_low", "count_best", "count_high"];
  const rows = counted(casualties, events).filter(pl.anyHorizontal(bounds.map((b) => pl.col(b).isNotNull())));
  const totals = rows
    .groupBy("outcome")
    .agg(...bounds.map((b) => pl.when(pl.col(b).nullCount().eq(0)).then(pl.col(b).sum()).otherwise(pl.lit(null)).alias(b)))
    .sort("outcome");
  console.log(`casualty totals from ${source}, without double counting:`);
  for (const t of totals.toRecords()) console.log(`${t.outcome}: low ${show(t.count_low)}, best ${show(t.count_best)}, high ${show(t.count_high)}`);
}
