# Casualty totals without double counting, read with polars from CSV and from JSON with the
# types of READING.md. Runs from anywhere (pip install polars):
#   python3 examples/casualty_totals_polars.py [<folder or address ending in />]
# The default is the dist/ folder beside this script; the release address works too.
import sys
from pathlib import Path

base = sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).resolve().parent.parent / "dist") + "/"

# typed reads, generated from schemas/ by `make examples`: do not edit
import polars as pl
def from_csv():
    casualties = pl.read_csv(base + "casualties.csv", schema={"casualty_id": pl.String, "event_id": pl.String, "outcome": pl.String, "population": pl.String, "count_low": pl.Int64, "count_best": pl.Int64, "count_high": pl.Int64, "qualifier": pl.String, "count_quote": pl.String, "scope": pl.String, "included_in": pl.String, "inclusion_basis": pl.String, "inclusion_reason": pl.String, "document_id": pl.String, "span_start": pl.Int64, "span_end": pl.Int64, "quote": pl.String})
    events = pl.read_csv(base + "events.csv", schema={"event_id": pl.String, "parent_event_id": pl.String, "event_kind": pl.String, "event_type": pl.String, "sub_event_type": pl.String, "date_start": pl.Date, "date_end": pl.Date, "date_precision": pl.String, "date_basis": pl.String, "date_basis_quote": pl.String, "time_local": pl.String, "time_qualifier": pl.String, "time_quote": pl.String, "time_basis": pl.String, "utc_offset": pl.String, "location": pl.String, "place_id": pl.String, "summary": pl.String, "document_id": pl.String, "span_start": pl.Int64, "span_end": pl.Int64, "quote": pl.String})
    return casualties, events
def from_json():
    casualties = pl.read_json(base + "casualties.json", schema={"casualty_id": pl.String, "event_id": pl.String, "outcome": pl.String, "population": pl.String, "count_low": pl.Int64, "count_best": pl.Int64, "count_high": pl.Int64, "qualifier": pl.String, "count_quote": pl.String, "scope": pl.String, "included_in": pl.String, "inclusion_basis": pl.String, "inclusion_reason": pl.String, "document_id": pl.String, "span_start": pl.Int64, "span_end": pl.Int64, "quote": pl.String})
    events = pl.read_json(base + "events.json", schema={"event_id": pl.String, "parent_event_id": pl.String, "event_kind": pl.String, "event_type": pl.String, "sub_event_type": pl.String, "date_start": pl.String, "date_end": pl.String, "date_precision": pl.String, "date_basis": pl.String, "date_basis_quote": pl.String, "time_local": pl.String, "time_qualifier": pl.String, "time_quote": pl.String, "time_basis": pl.String, "utc_offset": pl.String, "location": pl.String, "place_id": pl.String, "summary": pl.String, "document_id": pl.String, "span_start": pl.Int64, "span_end": pl.Int64, "quote": pl.String}).with_columns(pl.col("date_start", "date_end").str.to_date())
    return casualties, events
# end of the generated reads


def counted(casualties, events):
    """The rows a total adds up: none that is included in another row's figure."""
    if "included_in" in casualties.columns:
        return casualties.filter(pl.col("included_in").is_null())
    # without included_in: the incident figures are part of the campaign's totals
    campaign = events.filter(pl.col("event_kind") == "campaign")["event_id"].to_list()
    return casualties.filter(pl.col("event_id").is_in(campaign))


bounds = ["count_low", "count_best", "count_high"]
for source, read in (("casualties.csv", from_csv), ("casualties.json", from_json)):
    casualties, events = read()
    rows = counted(casualties, events).filter(pl.any_horizontal(pl.col(bounds).is_not_null()))
    totals = rows.group_by("outcome").agg(
        [pl.when(pl.col(b).null_count() == 0).then(pl.col(b).sum()).alias(b) for b in bounds]
    ).sort("outcome")
    print(f"casualty totals from {source}, without double counting:")
    for t in totals.iter_rows(named=True):
        print(f"{t['outcome']}: " + ", ".join(f"{b[6:]} {'none' if t[b] is None else t[b]}" for b in bounds))
