// Methods and models evaluated on a dataset and its versions ($datasets: their keys) with
// their reported values ($metric: a metric key, or null for all): absolute scores first,
// grouped by metric and best first in the metric's direction, then the deltas (improvements
// over a baseline, never ranked) the same way. Ranks are numbered by kg.queries.leaderboard.
// The metric filter is written with coalesce (see find_by_alias.cypher).
MATCH (d:Dataset)<-[:`ON`]-(r:Result)
WHERE d.key IN $datasets AND r.value IS NOT NULL
OPTIONAL MATCH (r)-[:OF]->(m:Method|Model)
OPTIONAL MATCH (r)-[:MEASURED_BY]->(x:Metric)
WITH r, m, x, d, coalesce(r.kind, 'absolute') AS kind
WHERE coalesce($metric, x.key, '') = coalesce(x.key, '')
RETURN kind, coalesce(x.name, r.metric) AS metric, coalesce(r.higher_is_better, true) AS higher_is_better,
       coalesce(m.name, r.method) AS method, m.key AS method_key, r.value AS value, r.unit AS unit,
       d.name AS dataset, r.paper AS paper, r.evidence AS evidence
ORDER BY CASE WHEN kind = 'delta' THEN 1 ELSE 0 END, metric,
         CASE WHEN coalesce(r.higher_is_better, true) THEN -r.value ELSE r.value END, method, dataset, paper, r.key
LIMIT $limit
