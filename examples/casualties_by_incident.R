# Casualties by incident, with their claimants (R; install.packages(c("arrow", "dplyr"))).
library(arrow)
library(dplyr)

d <- "dist/"
casualties <- read_parquet(paste0(d, "casualties.parquet"))
events <- read_parquet(paste0(d, "events.parquet"))
claims <- read_parquet(paste0(d, "claims.parquet"))
actors <- read_parquet(paste0(d, "actors.parquet"))

who <- claims |>
  inner_join(actors, by = "actor_id", suffix = c("", "_actor")) |>
  group_by(subject_id) |>
  summarise(claimants = paste(name, stance, collapse = "; "))

casualties |>
  inner_join(select(events, event_id, event_kind, date_start, date_end), by = "event_id") |>
  left_join(who, by = c("casualty_id" = "subject_id")) |>
  select(event_id, event_kind, date_start, date_end, outcome, qualifier, count_low, count_best, count_high, claimants) |>
  arrange(date_start, event_id, outcome) |>
  print(n = Inf, width = Inf)
