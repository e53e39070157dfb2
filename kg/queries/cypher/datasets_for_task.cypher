// Datasets that papers about a task mention, by number of such papers.
MATCH (t:Task {key: $task})<-[:MENTIONS]-(p:Paper)-[:MENTIONS]->(d:Dataset)
RETURN d.key AS key, d.name AS dataset, count(DISTINCT p) AS papers
ORDER BY papers DESC, key
LIMIT $limit
