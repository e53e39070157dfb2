// Entities whose key is exactly $key ("Method:bert"); fast path of name lookup.
MATCH (n:Entity {key: $key})
RETURN n.key AS key, n.name AS name, [l IN labels(n) WHERE NOT l IN ['KgNode', 'Entity']][0] AS label,
       n.aliases AS aliases, size(n.papers) AS papers
ORDER BY papers DESC, key
