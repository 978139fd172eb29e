// Test clean-up only: sources a test imported under its own prefix.
MATCH (s:Source)
WHERE s.id STARTS WITH $prefix
DELETE s
RETURN count(*) AS deleted
