// Papers linked to an entity, with how they are linked.
MATCH (n:KgNode {key: $key})<-[r]-(p:Paper)
WITH p, type(r) AS rel
ORDER BY rel
WITH p, collect(DISTINCT rel) AS relations
RETURN p.id AS paper, p.title AS title, p.year AS year, relations
ORDER BY size(relations) DESC, paper
LIMIT $limit
