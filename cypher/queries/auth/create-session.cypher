// Only a hash of the session token is stored: a copy of the database does not let anyone in.
MATCH (u:User {username: $username})
CREATE (s:Session {tokenHash: $tokenHash, csrfToken: $csrfToken, createdAt: datetime(), expiresAt: datetime() + duration($lifetime)})-[:SESSION_OF]->(u)
RETURN s.tokenHash AS tokenHash
