// Nodes of the same kind ($labels) that share the most neighbours with a node.
MATCH (n:KgNode {key: $key})--(x)--(m:KgNode)
WHERE m <> n AND any(l IN labels(m) WHERE l IN $labels)
RETURN m.key AS key, m.name AS name, count(DISTINCT x) AS shared
ORDER BY shared DESC, key
LIMIT $limit
