// Test clean-up only: audit records made by a test's accounts or about its nodes.
MATCH (a:AuditRecord)
WHERE a.username STARTS WITH $prefix OR a.targetId STARTS WITH $prefix
DELETE a
RETURN count(*) AS deleted
