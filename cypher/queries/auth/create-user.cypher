// Accounts are :User nodes, never :Entity, so no network query can see them. CREATE: a taken username fails.
CREATE (u:User {username: $username, passwordHash: $passwordHash, role: $role, createdAt: datetime()})
RETURN u {.username, .role, createdAt: toString(u.createdAt)} AS user
