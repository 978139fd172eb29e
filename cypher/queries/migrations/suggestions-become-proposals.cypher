// A database from before proposed changes were called proposals: its :Suggestion nodes become :Proposal, and the
// audit trail names them so (target type, the target inside the before/after JSON, the record's proposalId).
// Matches nothing once done, so it runs on every start.
CALL () {
  MATCH (s:Suggestion)
  SET s:Proposal
  REMOVE s:Suggestion
}
CALL () {
  MATCH (a:AuditRecord)
  WHERE a.targetType = 'suggestion'
  SET a.targetType = 'proposal',
    a.before = replace(a.before, '{"target":"suggestion",', '{"target":"proposal",'),
    a.after = replace(a.after, '{"target":"suggestion",', '{"target":"proposal",')
}
CALL () {
  MATCH (a:AuditRecord)
  WHERE a.suggestionId IS NOT NULL
  SET a.proposalId = a.suggestionId
  REMOVE a.suggestionId
}
RETURN 1 AS done
