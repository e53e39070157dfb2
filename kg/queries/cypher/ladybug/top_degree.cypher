// The most connected entities, of one entity label ($label) or of all (null) (Neo4j:
// ../neo4j/top_degree.cypher, through its Entity label). `degree` is a
// property the stores write with every graph (kg.graph.model.set_degrees): reading it is 3-4x
// faster than counting each node's relationships; the label slot: kg/queries/named.py. The
// top keys are found first and their names read after: LadybugDB reads every returned
// property of every node it scans (75k papers, Methods: 7 ms against 12 ms).
MATCH (n:<<label in Method|Model|Dataset|Metric|Task>>)
WHERE n.degree >= 0
WITH n.key AS key, n.degree AS degree
ORDER BY degree DESC, key
LIMIT $limit
MATCH (m:<<label in Method|Model|Dataset|Metric|Task>> {key: key})
RETURN key, m.name AS name, head(split(key, ':')) AS label, degree
ORDER BY degree DESC, key
