// Takes the write lock on each node before it is read, so a concurrent edit waits and then sees the newer version.
// The marker is removed again in the same statement: nothing of it is ever stored.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
SET n.editLock = true
REMOVE n.editLock
RETURN count(n) AS locked
