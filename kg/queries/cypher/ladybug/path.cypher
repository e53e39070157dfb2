// A shortest path between two nodes, ignoring direction (at most 8 hops); the choice among
// several as in ../neo4j/path.cypher. LadybugDB writes shortest paths as `[* ALL SHORTEST]`,
// has no list comprehensions (properties() of a node list instead) and cannot order by a
// list, so it orders by the keys joined with a separator below every character of a key.
MATCH (a:Paper|Method|Model|Dataset|Metric|Task|Result|Repository {key: $source})
MATCH (b:Paper|Method|Model|Dataset|Metric|Task|Result|Repository {key: $target})
MATCH p = (a)-[* ALL SHORTEST 1..8]-(b)
RETURN properties(nodes(p), 'key') AS keys, properties(nodes(p), 'name') AS names,
       properties(rels(p), '_label') AS relations, length(p) AS hops
ORDER BY list_to_string('\u0001', keys), list_to_string('\u0001', relations)
LIMIT 1
