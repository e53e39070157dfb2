// Entities of the same kind ($labels) mentioned together with an entity in the most papers.
MATCH (n:KgNode {key: $key})<-[:MENTIONS]-(x:Paper)-[:MENTIONS]->(m:Entity)
WHERE m <> n AND any(l IN labels(m) WHERE l IN $labels)
RETURN m.key AS key, m.name AS name, count(DISTINCT x) AS shared
ORDER BY shared DESC, key
LIMIT $limit
