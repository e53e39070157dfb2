// Papers linked to an entity, with how they are linked (relation types in name order).
// (LadybugDB: ../ladybug/entity_papers.cypher; its collect() does not keep the order.)
MATCH (n:<<label in Method|Model|Dataset|Metric|Task>> {key: $key})<-[r]-(p:Paper)
WITH p, type(r) AS rel
ORDER BY rel
WITH p, collect(DISTINCT rel) AS relations
RETURN p.id AS paper, p.title AS title, p.year AS year, relations
ORDER BY size(relations) DESC, paper
LIMIT $limit
