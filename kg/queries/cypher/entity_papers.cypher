// Papers linked to an entity, with how they are linked (relation types in name order:
// ORDER BY ... SKIP 0 before collect(), since LadybugDB wants SKIP or LIMIT after a WITH's
// ORDER BY).
MATCH (n:Method|Model|Dataset|Metric|Task {key: $key})<-[r]-(p:Paper)
WITH p, type(r) AS rel
ORDER BY rel SKIP 0
WITH p, collect(DISTINCT rel) AS relations
RETURN p.id AS paper, p.title AS title, p.year AS year, relations
ORDER BY size(relations) DESC, paper
LIMIT $limit
