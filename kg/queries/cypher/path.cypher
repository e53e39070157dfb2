// A shortest path between two nodes, ignoring direction (at most 8 hops).
MATCH (a:KgNode {key: $source}), (b:KgNode {key: $target})
MATCH p = shortestPath((a)-[*..8]-(b))
RETURN [n IN nodes(p) | n.key] AS keys, [n IN nodes(p) | n.name] AS names,
       [r IN relationships(p) | type(r)] AS relations, length(p) AS hops
