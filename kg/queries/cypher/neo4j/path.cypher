// A shortest path between two nodes, ignoring direction (at most 8 hops). Of several
// shortest paths, the one whose node keys come first in order (then relationship types), so
// the answer repeats and both stores give the same one. (LadybugDB: ../ladybug/path.cypher.)
// Ordering every path by its list of keys read each node's key for thousands of paths
// between busy entities (75k papers: p95 54 ms, 99 ms for 7,874 paths); the same order is
// found position by position instead (all paths are equally long): the paths whose second
// node has the smallest key, of those the ones whose third node has, and so on, so each step
// reads one key of the paths still in the running.
MATCH (a:Paper|Method|Model|Dataset|Metric|Task|Result|Repository {key: $source})
MATCH (b:Paper|Method|Model|Dataset|Metric|Task|Result|Repository {key: $target})
MATCH p = allShortestPaths((a)-[*..8]-(b))
WITH nodes(p)[1].key AS k, p
WITH k, collect(p) AS paths ORDER BY k LIMIT 1
UNWIND paths AS p
WITH nodes(p)[2].key AS k, p
WITH k, collect(p) AS paths ORDER BY k LIMIT 1
UNWIND paths AS p
WITH nodes(p)[3].key AS k, p
WITH k, collect(p) AS paths ORDER BY k LIMIT 1
UNWIND paths AS p
WITH nodes(p)[4].key AS k, p
WITH k, collect(p) AS paths ORDER BY k LIMIT 1
UNWIND paths AS p
WITH nodes(p)[5].key AS k, p
WITH k, collect(p) AS paths ORDER BY k LIMIT 1
UNWIND paths AS p
WITH nodes(p)[6].key AS k, p
WITH k, collect(p) AS paths ORDER BY k LIMIT 1
UNWIND paths AS p
WITH nodes(p)[7].key AS k, p
WITH k, collect(p) AS paths ORDER BY k LIMIT 1
UNWIND paths AS p
WITH p, [r IN relationships(p) | type(r)] AS relations
ORDER BY relations
LIMIT 1
RETURN [n IN nodes(p) | n.key] AS keys, [n IN nodes(p) | n.name] AS names, relations, length(p) AS hops
