// Results in which an entity is the method, the dataset or the metric (ties by result key);
// $label: the entity's own label, or null for all five (the label slot, kg/queries/named.py).
MATCH (n:<<label in Method|Model|Dataset|Metric|Task>> {key: $key})<-[:`OF`|`ON`|MEASURED_BY]-(r:Result)
RETURN r.method AS method, r.dataset AS dataset, r.metric AS metric, r.value AS value,
       r.unit AS unit, r.paper AS paper, r.evidence AS evidence
ORDER BY dataset, metric, paper, value, r.key
LIMIT $limit
