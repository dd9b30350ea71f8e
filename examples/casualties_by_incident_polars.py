# Casualties by incident, with their claimants (polars; pip install polars).
import polars as pl

d = "dist/"
casualties = pl.read_parquet(d + "casualties.parquet")
events = pl.read_parquet(d + "events.parquet")
claims = pl.read_parquet(d + "claims.parquet")
actors = pl.read_parquet(d + "actors.parquet")

who = (
    claims.join(actors.select("actor_id", "name"), on="actor_id")
    .group_by("subject_id")
    .agg((pl.col("name") + " " + pl.col("stance")).str.join("; ").alias("claimants"))
)
print(
    casualties.join(events.select("event_id", "event_kind", "date_start", "date_end"), on="event_id")
    .join(who, left_on="casualty_id", right_on="subject_id", how="left")
    .select("event_id", "event_kind", "date_start", "date_end", "outcome", "qualifier", "count_low", "count_best", "count_high", "claimants")
    .sort("date_start", "event_id", "outcome")
)
