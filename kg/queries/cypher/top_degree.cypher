// The most connected entities, optionally of one entity label ($label or null).
MATCH (n:Entity)
WHERE $label IS NULL OR $label IN labels(n)
RETURN n.key AS key, n.name AS name,
       [l IN labels(n) WHERE NOT l IN ['KgNode', 'Entity']][0] AS label,
       COUNT { (n)--() } AS degree
ORDER BY degree DESC, key
LIMIT $limit
