// Datasets whose key starts with $prefix ("Dataset:squad": SQuAD v1.1, SQuAD v2.0, SQuADRUN,
// read through the key index); the leaderboard keeps the dataset's versions among them.
MATCH (n:Dataset)
WHERE n.key STARTS WITH $prefix
RETURN n.key AS key, n.name AS name
ORDER BY key
