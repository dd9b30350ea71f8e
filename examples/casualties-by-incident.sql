-- Casualties by incident, with who asserts, confirms, reports or denies each figure.
-- Run from the repository root: duckdb -c ".read examples/casualties-by-incident.sql"
SELECT
  e.event_id,
  e.event_kind,
  e.date_start,
  e.date_end,
  c.outcome,
  c.qualifier,
  c.count_low,
  c.count_best,
  c.count_high,
  string_agg(a.name || ' ' || cl.stance, '; ' ORDER BY a.name, cl.stance) AS claimants
FROM 'dist/casualties.parquet' AS c
JOIN 'dist/events.parquet' AS e USING (event_id)
LEFT JOIN 'dist/claims.parquet' AS cl ON cl.subject_id = c.casualty_id
LEFT JOIN 'dist/actors.parquet' AS a ON a.actor_id = cl.actor_id
GROUP BY ALL
ORDER BY e.date_start, e.event_id, c.outcome, c.qualifier;
