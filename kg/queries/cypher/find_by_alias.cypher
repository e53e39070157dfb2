// Entities one of whose names/aliases squashes to $squash ("resnet50"); optional $label.
MATCH (n:Entity)
WHERE $squash IN n.match_keys AND ($label IS NULL OR $label IN labels(n))
RETURN n.key AS key, n.name AS name, [l IN labels(n) WHERE NOT l IN ['KgNode', 'Entity']][0] AS label,
       n.aliases AS aliases, size(n.papers) AS papers
ORDER BY papers DESC, key
