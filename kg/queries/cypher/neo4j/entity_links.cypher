// Entities directly linked to an entity (either direction), strongest first (LadybugDB:
// ../ladybug/entity_links.cypher, for the direction). A node's label
// is the part of its key before the first colon (kg.graph.model.node_id), which reads the
// same on both stores (a LadybugDB node has one label, a Neo4j node also KgNode and Entity).
// $label: the key's own label, or null for all five (the label slot: kg/queries/named.py).
MATCH (n:<<label in Method|Model|Dataset|Metric|Task>> {key: $key})-[r]-(m:Method|Model|Dataset|Metric|Task)
RETURN type(r) AS relation,
       CASE WHEN startNode(r).key = n.key THEN 'out' ELSE 'in' END AS direction,
       head(split(m.key, ':')) AS label,
       m.key AS key, m.name AS name, r.count AS papers
ORDER BY papers DESC, relation, key, direction
LIMIT $limit
