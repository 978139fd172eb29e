// One :AuditRecord per change, written in the same transaction as the change itself; a link's record is labelled
// "<from> → <to>" by its ends' names (their ids where an end is gone).
UNWIND $records AS record
OPTIONAL MATCH (from:Entity {id: record.linkEnds.from})
OPTIONAL MATCH (to:Entity {id: record.linkEnds.to})
CREATE (a:AuditRecord)
SET a = record.properties, a.at = datetime(record.at)
SET a.targetLabel = CASE
  WHEN record.linkEnds IS NULL THEN a.targetLabel
  ELSE coalesce(from.name, record.linkEnds.from) + ' → ' + coalesce(to.name, record.linkEnds.to)
END
RETURN a {.*, at: toString(a.at)} AS record
