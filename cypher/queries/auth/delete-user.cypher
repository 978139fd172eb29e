// Removes the account and its sessions; audit records keep the username as text.
MATCH (u:User {username: $username})
OPTIONAL MATCH (s:Session)-[:SESSION_OF]->(u)
DETACH DELETE s, u
RETURN count(*) AS deleted
