// Entities of the same kind ($labels) mentioned together with an entity in the most papers.
MATCH (n:Method|Model|Dataset|Metric|Task {key: $key})<-[:MENTIONS]-(x:Paper)-[:MENTIONS]->(m:Method|Model|Dataset|Metric|Task)
WHERE m.key <> n.key AND head(split(m.key, ':')) IN $labels
RETURN m.key AS key, m.name AS name, count(DISTINCT x) AS shared
ORDER BY shared DESC, key
LIMIT $limit
