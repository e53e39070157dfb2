// The most connected nodes of a non-entity label ($label: Paper, Result or Repository).
MATCH (n:Paper|Result|Repository)
WHERE head(split(n.key, ':')) = $label
RETURN n.key AS key, n.name AS name, $label AS label, COUNT { MATCH (n)--() } AS degree
ORDER BY degree DESC, key
LIMIT $limit
