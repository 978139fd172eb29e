MATCH (a:AuditRecord)
WHERE ($username IS NULL OR a.username = $username)
  AND ($nodeId IS NULL OR a.targetId = $nodeId OR $nodeId IN a.nodeIds)
  AND ($importId IS NULL OR a.importId = $importId)
RETURN count(a) AS total
