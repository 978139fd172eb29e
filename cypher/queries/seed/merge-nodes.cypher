// Idempotent: MERGE on the constrained id, then the row's properties.
UNWIND $nodes AS row
MERGE (n:Entity {id: row.id})
SET n += row.properties
RETURN count(n) AS nodes
