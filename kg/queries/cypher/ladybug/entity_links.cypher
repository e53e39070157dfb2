// Entities directly linked to an entity (either direction), strongest first; the rows of
// ../neo4j/entity_links.cypher. LadybugDB 0.22's start_node(r) names the pattern's left node
// when the pattern has no direction, so the direction is read from the path's relationship
// (its _src, an internal node id) instead. $label, the key's own label (kg.queries.entity_card),
// makes the start a primary-key lookup on one table (75k papers: p95 71 ms on five labels).
MATCH p = (n:<<label in Method|Model|Dataset|Metric|Task>> {key: $key})-[r]-(m:Method|Model|Dataset|Metric|Task)
RETURN label(r) AS relation,
       CASE WHEN list_extract(properties(rels(p), '_src'), 1) = id(n) THEN 'out' ELSE 'in' END AS direction,
       label(m) AS label,
       m.key AS key, m.name AS name, r.count AS papers
ORDER BY papers DESC, relation, key, direction
LIMIT $limit
