MATCH (s:Proposal {id: $id})
SET s.status = $status, s.reviewedBy = $reviewedBy, s.reviewNote = $reviewNote, s.reviewedAt = datetime()
RETURN s {.*, proposedAt: toString(s.proposedAt), reviewedAt: toString(s.reviewedAt)} AS proposal
