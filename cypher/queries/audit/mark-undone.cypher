MATCH (a:AuditRecord {id: $id})
WHERE a.undoneBy IS NULL
SET a.undoneBy = $undoneBy
RETURN count(a) AS marked
