// Methods and models evaluated on one dataset ($dataset: its key) with their reported values
// ($metric: a metric key, or null for all): absolute scores first, grouped by metric and best
// first in the metric's direction, then the deltas (improvements over a baseline, never
// ranked) the same way; `result` is the result's key, the last tie-breaker. A dataset's
// versions are asked one key at a time and merged in this order by kg.queries.leaderboard:
// LadybugDB looks one key up in its primary-key index but scans every dataset for `IN $keys`
// (75k papers: 4 ms against 18 ms at the median). The metric filter is `x = coalesce($p, x)`,
// not `$p IS NULL OR x = $p`: LadybugDB 0.22 types a null parameter as a boolean there. Best
// first is `0.0 - value`, not `-value`: LadybugDB 0.22 sorts -0.0 before every negative number
// (a 0.0 gain headed MMLU's deltas at 75k papers).
MATCH (d:Dataset {key: $dataset})<-[:`ON`]-(r:Result)
WHERE r.value IS NOT NULL
OPTIONAL MATCH (r)-[:OF]->(m:Method|Model)
OPTIONAL MATCH (r)-[:MEASURED_BY]->(x:Metric)
WITH r, m, x, d, coalesce(r.kind, 'absolute') AS kind
WHERE coalesce($metric, x.key, '') = coalesce(x.key, '')
RETURN kind, coalesce(x.name, r.metric) AS metric, coalesce(r.higher_is_better, true) AS higher_is_better,
       coalesce(m.name, r.method) AS method, m.key AS method_key, r.value AS value, r.unit AS unit,
       d.name AS dataset, r.paper AS paper, r.evidence AS evidence, r.key AS result
ORDER BY CASE WHEN kind = 'delta' THEN 1 ELSE 0 END, metric,
         CASE WHEN coalesce(r.higher_is_better, true) THEN 0.0 - r.value ELSE r.value END, method, dataset, paper, result
LIMIT $limit
