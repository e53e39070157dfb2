// Every dataset's key and name: the leaderboard gathers a dataset's versions from them.
MATCH (n:Dataset)
RETURN n.key AS key, n.name AS name
ORDER BY key
