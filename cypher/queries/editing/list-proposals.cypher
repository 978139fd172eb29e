// Newest first: proposal ids start with the time they were made.
MATCH (s:Proposal)
WHERE $status IS NULL OR s.status = $status
RETURN s {.*, proposedAt: toString(s.proposedAt), reviewedAt: toString(s.reviewedAt)} AS proposal
ORDER BY s.id DESC
LIMIT $limit
