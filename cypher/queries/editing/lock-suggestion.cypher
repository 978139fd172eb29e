// Two editors reviewing the same suggestion: the second waits, then sees it is no longer pending.
MATCH (s:Suggestion {id: $id})
SET s.editLock = true
REMOVE s.editLock
RETURN count(s) AS locked
