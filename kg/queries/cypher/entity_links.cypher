// Entities directly linked to an entity (either direction), strongest first.
MATCH (n:KgNode {key: $key})-[r]-(m:Entity)
RETURN type(r) AS relation,
       CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction,
       [l IN labels(m) WHERE NOT l IN ['KgNode', 'Entity']][0] AS label,
       m.key AS key, m.name AS name, r.count AS papers
ORDER BY papers DESC, relation, key, direction
LIMIT $limit
