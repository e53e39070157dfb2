// The most connected entities, of one entity label ($label) or of all (null): Neo4j's variant
// of ../top_degree.cypher. Every entity node also carries the Entity label, whose `degree`
// index Neo4j reads in order, with the label as a filter; matching five labels at once made
// it scan and sort all of them (75k papers: 58 ms at the median, docs/experiments.md).
MATCH (n:Entity)
WHERE n.degree >= 0 AND n:<<label in Method|Model|Dataset|Metric|Task>>
RETURN n.key AS key, n.name AS name, head(split(n.key, ':')) AS label, n.degree AS degree
ORDER BY degree DESC, key
LIMIT $limit
