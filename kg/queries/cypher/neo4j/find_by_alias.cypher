// Keys of the entities one of whose names/aliases squashes to $squash ("resnet50"); optional
// $label. (LadybugDB: ../ladybug/find_by_alias.cypher scans the entities.) Here the full-text
// index kg_entity_match_keys_ft (keyword analyzer over each node's match_keys, see
// kg.store.neo4j_store.schema_statements) finds the candidates; $term is $squash escaped for
// Lucene (kg.queries.lucene_term), and the WHERE keeps exact matches only.
CALL db.index.fulltext.queryNodes('kg_entity_match_keys_ft', $term) YIELD node AS n
WITH n
WHERE $squash IN n.match_keys AND head(split(n.key, ':')) = coalesce($label, head(split(n.key, ':')))
RETURN n.key AS key
ORDER BY key
