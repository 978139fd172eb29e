// A proposed change waits as a :Suggestion (never :Entity) until an editor reviews it.
CREATE (s:Suggestion)
SET s = $properties, s.proposedAt = datetime()
RETURN s {.*, proposedAt: toString(s.proposedAt)} AS suggestion
