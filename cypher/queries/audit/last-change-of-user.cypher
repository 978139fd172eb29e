// The newest change of a user to the network that is neither an undo nor undone already.
MATCH (a:AuditRecord {username: $username})
WHERE a.targetType IN ['node', 'link', 'source'] AND a.undoneBy IS NULL AND a.undoOf IS NULL
RETURN a {.*, at: toString(a.at)} AS record
ORDER BY a.id DESC
LIMIT 1
