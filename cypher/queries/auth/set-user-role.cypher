MATCH (u:User {username: $username})
SET u.role = $role
RETURN u {.username, .role, createdAt: toString(u.createdAt)} AS user
