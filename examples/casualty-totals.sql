-- Casualties added up without counting a figure twice: only the rows included in no other
-- (an incident's dead are part of the bombardment's dead, and say so in included_in).
SELECT outcome, CAST(sum(count_best) AS INTEGER) AS count_best, CAST(count(*) AS INTEGER) AS rows
FROM 'dist/casualties.parquet'
WHERE included_in IS NULL AND count_quote IS NOT NULL
GROUP BY outcome
ORDER BY outcome;
