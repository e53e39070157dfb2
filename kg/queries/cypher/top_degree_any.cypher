// The most connected nodes of a non-entity label ($label: Paper, Result or Repository).
MATCH (n:KgNode)
WHERE $label IN labels(n)
RETURN n.key AS key, n.name AS name, $label AS label, COUNT { (n)--() } AS degree
ORDER BY degree DESC, key
LIMIT $limit
