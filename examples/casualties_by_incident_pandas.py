# Casualties by incident, with their claimants (pandas; pip install pandas pyarrow).
import pandas as pd

d = "dist/"
casualties = pd.read_parquet(d + "casualties.parquet")
events = pd.read_parquet(d + "events.parquet")
claims = pd.read_parquet(d + "claims.parquet")
actors = pd.read_parquet(d + "actors.parquet")

who = (
    claims.merge(actors, on="actor_id", suffixes=("", "_actor"))
    .assign(claimant=lambda t: t["name"] + " " + t["stance"])
    .groupby("subject_id")["claimant"].agg("; ".join)
)
table = (
    casualties.merge(events[["event_id", "event_kind", "date_start", "date_end"]], on="event_id")
    .join(who, on="casualty_id")
    [["event_id", "event_kind", "date_start", "date_end", "outcome", "qualifier", "count_low", "count_best", "count_high", "claimant"]]
    .sort_values(["date_start", "event_id", "outcome"])
)
print(table.to_string(index=False))
