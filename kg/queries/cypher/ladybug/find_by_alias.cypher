// Entities one of whose names/aliases squashes to $squash ("resnet50"); optional $label.
// (Neo4j: ../neo4j/find_by_alias.cypher asks its full-text index; $term is unused here.)
// (`x = coalesce($label, x)`, not `$label IS NULL OR x = $label`: LadybugDB 0.22 types a null
// parameter as a boolean there.)
MATCH (n:Method|Model|Dataset|Metric|Task)
WHERE $squash IN n.match_keys AND head(split(n.key, ':')) = coalesce($label, head(split(n.key, ':')))
RETURN n.key AS key, n.name AS name, head(split(n.key, ':')) AS label,
       n.aliases AS aliases, size(n.papers) AS papers
ORDER BY papers DESC, key
