MATCH (s:Session {tokenHash: $tokenHash})-[:SESSION_OF]->(u:User)
WHERE s.expiresAt > datetime()
RETURN u {.username, .role, createdAt: toString(u.createdAt)} AS user, s.csrfToken AS csrfToken
