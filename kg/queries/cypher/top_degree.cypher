// The most connected nodes, optionally of one label ($label or null).
MATCH (n:KgNode)
WHERE $label IS NULL OR $label IN labels(n)
RETURN n.key AS key, n.name AS name,
       [l IN labels(n) WHERE NOT l IN ['KgNode', 'Entity']][0] AS label,
       COUNT { (n)--() } AS degree
ORDER BY degree DESC, key
LIMIT $limit
