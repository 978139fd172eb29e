// The changes a target went through after a given version, oldest first.
MATCH (a:AuditRecord {targetId: $targetId})
WHERE a.afterVersion > $version
RETURN a {.*, at: toString(a.at)} AS record
ORDER BY a.id
