# Casualty totals without double counting, read with readr (CSV) and jsonlite (JSON) with the
# types of READING.md. Runs from anywhere (Debian: apt install r-cran-readr r-cran-jsonlite):
#   Rscript examples/casualty_totals.R [<folder or address ending in />]
# The default is the dist/ folder beside this script; the release address works too.
args <- commandArgs(trailingOnly = FALSE)
script <- sub("^--file=", "", args[startsWith(args, "--file=")])
given <- commandArgs(trailingOnly = TRUE)
base <- if (length(given) > 0) given[[1]] else paste0(normalizePath(file.path(dirname(script), "..", "dist")), "/")

# typed reads, generated from schemas/ by `make examples`: do not edit
library(readr)
library(jsonlite)
from_csv <- function() {
  casualties <- read_csv(paste0(base, "casualties.csv"), na = "", col_types = cols(.default = col_character(), count_low = col_integer(), count_best = col_integer(), count_high = col_integer(), span_start = col_integer(), span_end = col_integer()))
  events <- read_csv(paste0(base, "events.csv"), na = "", col_types = cols(.default = col_character(), date_start = col_date(), date_end = col_date(), span_start = col_integer(), span_end = col_integer()))
  list(casualties = casualties, events = events)
}
from_json <- function() {
  casualties <- transform(fromJSON(paste0(base, "casualties.json")), casualty_id = as.character(casualty_id), event_id = as.character(event_id), outcome = as.character(outcome), population = as.character(population), count_low = as.integer(count_low), count_best = as.integer(count_best), count_high = as.integer(count_high), qualifier = as.character(qualifier), count_quote = as.character(count_quote), scope = as.character(scope), included_in = as.character(included_in), inclusion_basis = as.character(inclusion_basis), inclusion_reason = as.character(inclusion_reason), document_id = as.character(document_id), span_start = as.integer(span_start), span_end = as.integer(span_end), quote = as.character(quote))
  events <- transform(fromJSON(paste0(base, "events.json")), event_id = as.character(event_id), parent_event_id = as.character(parent_event_id), event_kind = as.character(event_kind), event_type = as.character(event_type), sub_event_type = as.character(sub_event_type), date_start = as.Date(date_start), date_end = as.Date(date_end), date_precision = as.character(date_precision), date_basis = as.character(date_basis), date_basis_quote = as.character(date_basis_quote), time_local = as.character(time_local), time_qualifier = as.character(time_qualifier), time_quote = as.character(time_quote), time_basis = as.character(time_basis), utc_offset = as.character(utc_offset), location = as.character(location), place_id = as.character(place_id), summary = as.character(summary), document_id = as.character(document_id), span_start = as.integer(span_start), span_end = as.integer(span_end), quote = as.character(quote))
  list(casualties = casualties, events = events)
}
# end of the generated reads

# The rows a total adds up: none that is included in another row's figure.
counted <- function(casualties, events) {
  if ("included_in" %in% names(casualties)) return(casualties[is.na(casualties$included_in), ])
  # without included_in: the incident figures are part of the campaign's totals
  casualties[casualties$event_id %in% events$event_id[events$event_kind == "campaign"], ]
}
show <- function(x) if (is.na(x)) "none" else format(x)

for (source in c("csv", "json")) {
  t <- if (source == "csv") from_csv() else from_json()
  rows <- counted(t$casualties, t$events)
  rows <- rows[!(is.na(rows$count_low) & is.na(rows$count_best) & is.na(rows$count_high)), ]
  cat(sprintf("casualty totals from casualties.%s, without double counting:\n", source))
  for (outcome in sort(unique(rows$outcome))) {
    g <- rows[rows$outcome == outcome, ]
    cat(sprintf("%s: low %s, best %s, high %s\n", outcome, show(sum(g$count_low)), show(sum(g$count_best)), show(sum(g$count_high))))
  }
}
