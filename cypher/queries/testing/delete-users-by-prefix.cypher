// Test clean-up only: accounts a test made under its own prefix, with their sessions.
MATCH (u:User)
WHERE u.username STARTS WITH $prefix
OPTIONAL MATCH (s:Session)-[:SESSION_OF]->(u)
DETACH DELETE s, u
RETURN count(*) AS deleted
