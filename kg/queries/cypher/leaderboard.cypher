// Methods and models evaluated on a dataset and its versions ($datasets: their keys) with
// their reported values, best first per metric ($metric: a metric key, or null for all).
MATCH (d:KgNode)<-[:ON]-(r:Result)
WHERE d.key IN $datasets AND r.value IS NOT NULL
OPTIONAL MATCH (r)-[:OF]->(m:Entity)
OPTIONAL MATCH (r)-[:MEASURED_BY]->(x:Entity)
WITH r, m, x, d
WHERE $metric IS NULL OR x.key = $metric
RETURN coalesce(m.name, r.method) AS method, m.key AS method_key,
       coalesce(x.name, r.metric) AS metric, r.value AS value, r.unit AS unit,
       d.name AS dataset, r.paper AS paper, r.evidence AS evidence
ORDER BY metric, CASE WHEN r.higher_is_better THEN -r.value ELSE r.value END, method, dataset, paper, r.key
LIMIT $limit
