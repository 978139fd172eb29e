// Newest first: suggestion ids start with the time they were made.
MATCH (s:Suggestion)
WHERE $status IS NULL OR s.status = $status
RETURN s {.*, proposedAt: toString(s.proposedAt), reviewedAt: toString(s.reviewedAt)} AS suggestion
ORDER BY s.id DESC
LIMIT $limit
