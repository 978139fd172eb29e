// Test clean-up only: removes what a test created under its own id prefix (entities and expectation rules).
MATCH (n:Entity|ExpectationRule)
WHERE n.id STARTS WITH $prefix
DETACH DELETE n
