// The most connected nodes of a non-entity label ($label: Paper, Result or Repository);
// `degree`, its index and the label slot as in ladybug/top_degree.cypher.
MATCH (n:<<label in Paper|Result|Repository>>)
WHERE n.degree >= 0
RETURN n.key AS key, n.name AS name, head(split(n.key, ':')) AS label, n.degree AS degree
ORDER BY degree DESC, key
LIMIT $limit
