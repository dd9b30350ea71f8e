-- Casualty totals without double counting, in DuckDB, read from CSV with the types of READING.md.
-- Runs from anywhere; the files are read from the variable base (default: the latest release):
--   duckdb -c "SET VARIABLE base = '/path/to/dist/'" -c ".read examples/casualty-totals.sql"
SET VARIABLE base = coalesce(getvariable('base'), 'https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/latest/download/');
-- typed reads, generated from schemas/ by `make examples`: do not edit
CREATE OR REPLACE TABLE casualties AS FROM read_csv(getvariable('base') || 'casualties.csv', header = true, auto_detect = false, columns = {'casualty_id': 'VARCHAR', 'event_id': 'VARCHAR', 'outcome': 'VARCHAR', 'population': 'VARCHAR', 'count_low': 'INTEGER', 'count_best': 'INTEGER', 'count_high': 'INTEGER', 'qualifier': 'VARCHAR', 'count_quote': 'VARCHAR', 'scope': 'VARCHAR', 'included_in': 'VARCHAR', 'inclusion_basis': 'VARCHAR', 'inclusion_reason': 'VARCHAR', 'document_id': 'VARCHAR', 'span_start': 'INTEGER', 'span_end': 'INTEGER', 'quote': 'VARCHAR'});
CREATE OR REPLACE TABLE events AS FROM read_csv(getvariable('base') || 'events.csv', header = true, auto_detect = false, columns = {'event_id': 'VARCHAR', 'parent_event_id': 'VARCHAR', 'event_kind': 'VARCHAR', 'event_type': 'VARCHAR', 'sub_event_type': 'VARCHAR', 'date_start': 'DATE', 'date_end': 'DATE', 'date_precision': 'VARCHAR', 'date_basis': 'VARCHAR', 'date_basis_quote': 'VARCHAR', 'time_local': 'VARCHAR', 'time_qualifier': 'VARCHAR', 'time_quote': 'VARCHAR', 'time_basis': 'VARCHAR', 'utc_offset': 'VARCHAR', 'location': 'VARCHAR', 'place_id': 'VARCHAR', 'summary': 'VARCHAR', 'document_id': 'VARCHAR', 'span_start': 'INTEGER', 'span_end': 'INTEGER', 'quote': 'VARCHAR'});
-- end of the generated reads

-- The rows a total adds up: none that is included in another row's figure (included_in empty).
-- Without an included_in column, the incident figures are part of the campaign's totals.
SELECT
  c.outcome,
  CASE WHEN count(*) = count(c.count_low) THEN sum(c.count_low)::INTEGER END AS count_low,
  CASE WHEN count(*) = count(c.count_best) THEN sum(c.count_best)::INTEGER END AS count_best,
  CASE WHEN count(*) = count(c.count_high) THEN sum(c.count_high)::INTEGER END AS count_high
FROM casualties AS c
JOIN events AS e USING (event_id)
WHERE CASE
    WHEN json_exists(to_json(c), '$.included_in') THEN (to_json(c) ->> 'included_in') IS NULL
    ELSE e.event_kind = 'campaign'
  END
  AND coalesce(c.count_low, c.count_best, c.count_high) IS NOT NULL
GROUP BY c.outcome
ORDER BY c.outcome;
