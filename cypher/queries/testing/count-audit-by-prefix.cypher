// Test helper: how many audit records a test's accounts made or its nodes received.
MATCH (a:AuditRecord)
WHERE a.username STARTS WITH $prefix OR a.targetId STARTS WITH $prefix
RETURN count(a) AS records
