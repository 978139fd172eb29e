// Test only: what of a test's proposals is still under the old names.
OPTIONAL MATCH (s:Suggestion)
WHERE s.proposedBy STARTS WITH $prefix
WITH count(s) AS nodes
OPTIONAL MATCH (a:AuditRecord)
WHERE a.username STARTS WITH $prefix AND (a.suggestionId IS NOT NULL OR a.targetType = 'suggestion')
RETURN nodes, count(a) AS records
