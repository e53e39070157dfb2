// Keys of the entities one of whose names/aliases squashes to $squash ("resnet50"), of one
// label ($label) or of all (null); kg.queries reads each entity's row by its key afterwards
// (find_by_key). (Neo4j: ../neo4j/find_by_alias.cypher asks its full-text index; $term is
// unused here.) LadybugDB has no index over a list property, so this scans each label's
// nodes; it returns the key only because LadybugDB reads every returned property of every
// node it scans before the WHERE filters them (75k papers, all labels: 20 ms for the key
// against 62 ms with name, aliases and paper count; docs/experiments.md).
MATCH (n:<<label in Method|Model|Dataset|Metric|Task>>)
WHERE $squash IN n.match_keys
RETURN n.key AS key
ORDER BY key
