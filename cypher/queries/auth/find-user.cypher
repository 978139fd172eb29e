MATCH (u:User {username: $username})
RETURN u {.username, .role, .passwordHash, createdAt: toString(u.createdAt)} AS user
