MATCH (s:Proposal {id: $id})
RETURN s {.*, proposedAt: toString(s.proposedAt), reviewedAt: toString(s.reviewedAt)} AS proposal
