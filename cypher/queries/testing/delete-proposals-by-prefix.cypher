// Test clean-up only: proposals proposed by a test's accounts.
MATCH (s:Proposal)
WHERE s.proposedBy STARTS WITH $prefix
DELETE s
RETURN count(*) AS deleted
