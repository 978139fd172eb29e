// Test clean-up only: suggestions proposed by a test's accounts.
MATCH (s:Suggestion)
WHERE s.proposedBy STARTS WITH $prefix
DELETE s
RETURN count(*) AS deleted
