// One hop around a set of nodes ($keys), at most $limit rows; `kg query neighbors --depth K`
// repeats it K times.
UNWIND $keys AS k
MATCH (n:Paper|Method|Model|Dataset|Metric|Task|Result|Repository {key: k})-[r]-(m)
RETURN DISTINCT n.key AS source, type(r) AS relation, m.key AS key, m.name AS name,
       head(split(m.key, ':')) AS label
ORDER BY source, key, relation
LIMIT $limit
