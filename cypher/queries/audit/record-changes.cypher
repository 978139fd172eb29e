// One :AuditRecord per change, written in the same transaction as the change itself.
UNWIND $records AS record
CREATE (a:AuditRecord)
SET a = record.properties, a.at = datetime(record.at)
RETURN a {.*, at: toString(a.at)} AS record
