// Newest first: record ids start with the time they were made.
MATCH (a:AuditRecord)
WHERE ($username IS NULL OR a.username = $username)
  AND ($nodeId IS NULL OR a.targetId = $nodeId OR $nodeId IN a.nodeIds)
  AND ($importId IS NULL OR a.importId = $importId)
RETURN a {.*, at: toString(a.at)} AS record
ORDER BY a.id DESC
SKIP $offset
LIMIT $limit
