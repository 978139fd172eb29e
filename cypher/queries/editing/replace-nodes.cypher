// Replaces every property with the new state, which was worked out from the locked, current one.
UNWIND $nodes AS row
MATCH (n:Entity {id: row.id})
SET n = row.properties
RETURN count(n) AS replaced
