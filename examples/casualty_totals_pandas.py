# Casualty totals without double counting, read with pandas from CSV and from JSON with the
# types of READING.md. Runs from anywhere (Debian: apt install python3-pandas):
#   python3 examples/casualty_totals_pandas.py [<folder or address ending in />]
# The default is the dist/ folder beside this script; the release address works too.
import sys
from pathlib import Path

base = sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).resolve().parent.parent / "dist") + "/"

# typed reads, generated from schemas/ by `make examples`: do not edit
import pandas as pd
def from_csv():
    casualties = pd.read_csv(base + "casualties.csv", dtype={"casualty_id": "string", "event_id": "string", "outcome": "string", "population": "string", "count_low": "Int64", "count_best": "Int64", "count_high": "Int64", "qualifier": "string", "count_quote": "string", "scope": "string", "included_in": "string", "inclusion_basis": "string", "inclusion_reason": "string", "document_id": "string", "span_start": "Int64", "span_end": "Int64", "quote": "string"}, parse_dates=[], keep_default_na=False, na_values=[""])
    events = pd.read_csv(base + "events.csv", dtype={"event_id": "string", "parent_event_id": "string", "event_kind": "string", "event_type": "string", "sub_event_type": "string", "date_precision": "string", "date_basis": "string", "date_basis_quote": "string", "time_local": "string", "time_qualifier": "string", "time_quote": "string", "time_basis": "string", "utc_offset": "string", "location": "string", "place_id": "string", "summary": "string", "document_id": "string", "span_start": "Int64", "span_end": "Int64", "quote": "string"}, parse_dates=["date_start", "date_end"], keep_default_na=False, na_values=[""])
    return casualties, events
def from_json():
    casualties = pd.read_json(base + "casualties.json", orient="records", dtype={"casualty_id": "string", "event_id": "string", "outcome": "string", "population": "string", "count_low": "Int64", "count_best": "Int64", "count_high": "Int64", "qualifier": "string", "count_quote": "string", "scope": "string", "included_in": "string", "inclusion_basis": "string", "inclusion_reason": "string", "document_id": "string", "span_start": "Int64", "span_end": "Int64", "quote": "string"}, convert_dates=[], keep_default_dates=False)
    events = pd.read_json(base + "events.json", orient="records", dtype={"event_id": "string", "parent_event_id": "string", "event_kind": "string", "event_type": "string", "sub_event_type": "string", "date_precision": "string", "date_basis": "string", "date_basis_quote": "string", "time_local": "string", "time_qualifier": "string", "time_quote": "string", "time_basis": "string", "utc_offset": "string", "location": "string", "place_id": "string", "summary": "string", "document_id": "string", "span_start": "Int64", "span_end": "Int64", "quote": "string"}, convert_dates=["date_start", "date_end"], keep_default_dates=False)
    return casualties, events
# end of the generated reads


def counted(casualties, events):
    """The rows a total adds up: none that is included in another row's figure."""
    if "included_in" in casualties.columns:
        return casualties[casualties["included_in"].isna()]
    # without included_in: the incident figures are part of the campaign's totals
    campaign = events.loc[events["event_kind"] == "campaign", "event_id"]
    return casualties[casualties["event_id"].isin(campaign)]


def show(value):
    return "none" if pd.isna(value) else str(int(value))


for source, read in (("casualties.csv", from_csv), ("casualties.json", from_json)):
    casualties, events = read()
    rows = counted(casualties, events).dropna(subset=["count_low", "count_best", "count_high"], how="all")
    print(f"casualty totals from {source}, without double counting:")
    for outcome, group in rows.groupby("outcome", sort=True):
        bounds = ", ".join(f"{b} {show(group['count_' + b].sum(skipna=False))}" for b in ("low", "best", "high"))
        print(f"{outcome}: {bounds}")
