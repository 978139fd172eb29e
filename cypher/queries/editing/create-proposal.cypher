// A proposed change waits as a :Proposal (never :Entity) until an editor reviews it.
CREATE (s:Proposal)
SET s = $properties, s.proposedAt = datetime()
RETURN s {.*, proposedAt: toString(s.proposedAt)} AS proposal
