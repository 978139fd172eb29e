// A new password ends every session of the account.
MATCH (u:User {username: $username})
SET u.passwordHash = $passwordHash
WITH u
OPTIONAL MATCH (s:Session)-[:SESSION_OF]->(u)
DETACH DELETE s
RETURN count(*) AS changed
