// Test clean-up only: removes what a test created under its own id prefix.
MATCH (n:Entity)
WHERE n.id STARTS WITH $prefix
DETACH DELETE n
