// The most connected entities, optionally of one entity label ($label or null; the filter
// is written with coalesce, see find_by_alias.cypher).
MATCH (n:Method|Model|Dataset|Metric|Task)
WHERE head(split(n.key, ':')) = coalesce($label, head(split(n.key, ':')))
RETURN n.key AS key, n.name AS name, head(split(n.key, ':')) AS label,
       COUNT { MATCH (n)--() } AS degree
ORDER BY degree DESC, key
LIMIT $limit
