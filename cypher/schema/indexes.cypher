// What queries filter on: kind, validity window, evidence level, names and codes for search.
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
CREATE INDEX entity_valid_from IF NOT EXISTS FOR (n:Entity) ON (n.validFrom);
CREATE INDEX entity_valid_to IF NOT EXISTS FOR (n:Entity) ON (n.validTo);
CREATE INDEX entity_evidence IF NOT EXISTS FOR (n:Entity) ON (n.evidence);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX entity_code IF NOT EXISTS FOR (n:Entity) ON (n.code);
// The audit trail is read per node, per user, per import and newest first.
CREATE INDEX audit_record_target IF NOT EXISTS FOR (a:AuditRecord) ON (a.targetId);
CREATE INDEX audit_record_username IF NOT EXISTS FOR (a:AuditRecord) ON (a.username);
CREATE INDEX audit_record_at IF NOT EXISTS FOR (a:AuditRecord) ON (a.at);
CREATE INDEX audit_record_import IF NOT EXISTS FOR (a:AuditRecord) ON (a.importId);
