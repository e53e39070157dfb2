// Entities whose key is exactly $key ("Method:bert"); fast path of name lookup. With $label
// (the key's own label) a single-label match: a primary-key lookup (kg/queries/named.py).
MATCH (n:<<label in Method|Model|Dataset|Metric|Task>> {key: $key})
RETURN n.key AS key, n.name AS name, head(split(n.key, ':')) AS label,
       n.aliases AS aliases, size(n.papers) AS papers
ORDER BY papers DESC, key
