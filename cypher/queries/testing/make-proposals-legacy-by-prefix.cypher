// Test only: turns a test's proposals and their audit records back into what a database from before the rename held
// (:Suggestion, targetType 'suggestion', suggestionId), so the migration can be seen to bring them back.
CALL () {
  MATCH (p:Proposal)
  WHERE p.proposedBy STARTS WITH $prefix
  SET p:Suggestion
  REMOVE p:Proposal
}
CALL () {
  MATCH (a:AuditRecord)
  WHERE a.username STARTS WITH $prefix AND a.proposalId IS NOT NULL
  SET a.suggestionId = a.proposalId,
    a.targetType = CASE a.targetType WHEN 'proposal' THEN 'suggestion' ELSE a.targetType END,
    a.before = replace(a.before, '{"target":"proposal",', '{"target":"suggestion",'),
    a.after = replace(a.after, '{"target":"proposal",', '{"target":"suggestion",')
  REMOVE a.proposalId
}
RETURN 1 AS done
