// Every node valid on some day of [$from, $to], and every relationship that is valid then together with both its
// ends (null bounds are open), with all stored properties. Callers intersect the three windows of a relationship.
CALL {
  MATCH (n:Entity)
  WHERE ($to IS NULL OR n.validFrom IS NULL OR n.validFrom <= date($to))
    AND ($from IS NULL OR n.validTo IS NULL OR n.validTo >= date($from))
  RETURN collect(n {.*}) AS nodes
}
CALL {
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE all(x IN [a, r, b] WHERE ($to IS NULL OR x.validFrom IS NULL OR x.validFrom <= date($to))
    AND ($from IS NULL OR x.validTo IS NULL OR x.validTo >= date($from)))
  RETURN collect({properties: r {.*}, type: type(r), from: a.id, to: b.id}) AS edges
}
RETURN nodes, edges
