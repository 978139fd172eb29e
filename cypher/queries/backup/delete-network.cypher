// Restore with replace only: empties the network (not accounts or the audit trail) in the transaction that loads the backup.
MATCH (n)
WHERE n:Entity OR n:Source OR n:ExpectationRule
DETACH DELETE n
