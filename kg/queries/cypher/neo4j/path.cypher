// A shortest path between two nodes, ignoring direction (at most 8 hops). Of several
// shortest paths, the one whose node keys come first in order (then relationship types), so
// the answer repeats and both stores give the same one. (LadybugDB: ../ladybug/path.cypher.)
MATCH (a:Paper|Method|Model|Dataset|Metric|Task|Result|Repository {key: $source})
MATCH (b:Paper|Method|Model|Dataset|Metric|Task|Result|Repository {key: $target})
MATCH p = allShortestPaths((a)-[*..8]-(b))
WITH p, [n IN nodes(p) | n.key] AS keys, [r IN relationships(p) | type(r)] AS relations
ORDER BY keys, relations
LIMIT 1
RETURN keys, [n IN nodes(p) | n.name] AS names, relations, length(p) AS hops
