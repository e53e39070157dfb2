// One hop around a set of nodes ($keys), at most $limit rows; `kg query neighbors --depth K`
// repeats it K times.
UNWIND $keys AS k
MATCH (n:KgNode {key: k})-[r]-(m:KgNode)
RETURN DISTINCT n.key AS source, type(r) AS relation, m.key AS key, m.name AS name,
       [l IN labels(m) WHERE NOT l IN ['KgNode', 'Entity']][0] AS label
ORDER BY source, key, relation
LIMIT $limit
