MATCH (s:Session {tokenHash: $tokenHash})
DETACH DELETE s
RETURN count(*) AS deleted
