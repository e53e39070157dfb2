// Methods and models evaluated on a dataset with their reported values, best first per
// metric ($metric: a metric key, or null for all metrics).
MATCH (d:KgNode {key: $dataset})<-[:ON]-(r:Result)
WHERE r.value IS NOT NULL
OPTIONAL MATCH (r)-[:OF]->(m:Entity)
OPTIONAL MATCH (r)-[:MEASURED_BY]->(x:Entity)
WITH r, m, x
WHERE $metric IS NULL OR x.key = $metric
RETURN coalesce(m.name, r.method) AS method, m.key AS method_key,
       coalesce(x.name, r.metric) AS metric, r.value AS value, r.unit AS unit,
       r.paper AS paper, r.evidence AS evidence
ORDER BY metric, CASE WHEN r.higher_is_better THEN -r.value ELSE r.value END, method, paper
LIMIT $limit
