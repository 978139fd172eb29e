MATCH (u:User)
RETURN u {.username, .role, createdAt: toString(u.createdAt)} AS user
ORDER BY u.username
