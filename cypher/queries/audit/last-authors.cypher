// Who last changed each of the given targets, as the audit trail records it (null when nothing records it).
UNWIND $ids AS id
OPTIONAL MATCH (a:AuditRecord {targetId: id})
WITH id, a
ORDER BY a.id DESC
RETURN id, head(collect(a.username)) AS username
