// Two editors reviewing the same proposal: the second waits, then sees it is no longer pending.
MATCH (s:Proposal {id: $id})
SET s.editLock = true
REMOVE s.editLock
RETURN count(s) AS locked
