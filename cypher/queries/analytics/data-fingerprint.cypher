// A cheap fingerprint of the network's state: element counts, the sum of the edit counters, and the audit trail's
// length and newest change. Any edit, import, seed load or restore that changes the data changes one of them.
CALL {
  MATCH (n:Entity)
  RETURN count(n) AS nodes, sum(coalesce(n.version, 0)) AS nodeVersions
}
CALL {
  MATCH (:Entity)-[r]->(:Entity)
  RETURN count(r) AS links, sum(coalesce(r.version, 0)) AS linkVersions
}
CALL {
  OPTIONAL MATCH (a:AuditRecord)
  RETURN count(a) AS changes, toString(max(a.at)) AS lastChange
}
RETURN nodes, nodeVersions, links, linkVersions, changes, lastChange
