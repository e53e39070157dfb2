// Papers linked to an entity, with how they are linked (relation types in name order); the
// rows of ../neo4j/entity_papers.cypher. LadybugDB's collect() does not keep the order of an
// ORDER BY before it (and Neo4j 5 has no list sort), so it sorts the list itself.
MATCH (n:<<label in Method|Model|Dataset|Metric|Task>> {key: $key})<-[r]-(p:Paper)
WITH p, list_sort(collect(DISTINCT label(r))) AS relations
RETURN p.id AS paper, p.title AS title, p.year AS year, relations
ORDER BY size(relations) DESC, paper
LIMIT $limit
