MATCH (s:Session)
WHERE s.expiresAt <= datetime()
DETACH DELETE s
RETURN count(*) AS deleted
