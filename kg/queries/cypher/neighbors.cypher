// One hop around a set of nodes ($keys), at most $limit rows; `kg query neighbors --depth K`
// repeats it K times. (`n.key IN $keys`, not UNWIND: on LadybugDB 10x faster, 5 against 60 ms
// at 10k papers.) $label: the keys' label (the label slot, kg/queries/named.py); kg.queries
// asks each label of a ring apart and merges (75k papers: 6 ms on one label, 22 on all eight).
MATCH (n:<<label in Paper|Method|Model|Dataset|Metric|Task|Result|Repository>>)-[r]-(m)
WHERE n.key IN $keys
RETURN DISTINCT n.key AS source, type(r) AS relation, m.key AS key, m.name AS name,
       head(split(m.key, ':')) AS label
ORDER BY source, key, relation
LIMIT $limit
