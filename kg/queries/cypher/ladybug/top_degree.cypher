// The most connected entities, of one entity label ($label) or of all (null) (Neo4j:
// ../neo4j/top_degree.cypher, through its Entity label). `degree` is a
// property the stores write with every graph (kg.graph.model.set_degrees): reading it is 3-4x
// faster than counting each node's relationships, and on one label Neo4j reads it in order
// from its index (the `>= 0` lets the planner use it); the label slot: kg/queries/named.py.
MATCH (n:<<label in Method|Model|Dataset|Metric|Task>>)
WHERE n.degree >= 0
RETURN n.key AS key, n.name AS name, head(split(n.key, ':')) AS label, n.degree AS degree
ORDER BY degree DESC, key
LIMIT $limit
