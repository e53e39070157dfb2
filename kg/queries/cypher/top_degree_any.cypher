// The most connected nodes of a non-entity label ($label: Paper, Result or Repository), by
// the `degree` every node keeps (kg.graph.model.set_degrees). Neo4j reads one label's degree
// index in order (the `>= 0` lets its planner use the index); LadybugDB scans the label and
// reads every returned property of every node it scans, so the top keys come first and their
// names after (75k papers: 7 against 12 ms for the 25k Methods, more for 75k Papers).
MATCH (n:<<label in Paper|Result|Repository>>)
WHERE n.degree >= 0
WITH n.key AS key, n.degree AS degree
ORDER BY degree DESC, key
LIMIT $limit
MATCH (m:<<label in Paper|Result|Repository>> {key: key})
RETURN key, m.name AS name, head(split(key, ':')) AS label, degree
ORDER BY degree DESC, key
