// Every node and relationship valid on $from or on $to, each flagged with the dates it is valid on.
// A relationship is valid on a date when it and both its ends are (validity is inclusive at both ends).
CALL {
  MATCH (n:Entity)
  WITH n,
    (n.validFrom IS NULL OR n.validFrom <= date($from)) AND (n.validTo IS NULL OR n.validTo >= date($from)) AS atFrom,
    (n.validFrom IS NULL OR n.validFrom <= date($to)) AND (n.validTo IS NULL OR n.validTo >= date($to)) AS atTo
  WHERE atFrom OR atTo
  RETURN collect({properties: n {.*}, atFrom: atFrom, atTo: atTo}) AS nodes
}
CALL {
  MATCH (a:Entity)-[r]->(b:Entity)
  WITH a, r, b,
    all(x IN [a, r, b] WHERE (x.validFrom IS NULL OR x.validFrom <= date($from)) AND (x.validTo IS NULL OR x.validTo >= date($from))) AS atFrom,
    all(x IN [a, r, b] WHERE (x.validFrom IS NULL OR x.validFrom <= date($to)) AND (x.validTo IS NULL OR x.validTo >= date($to))) AS atTo
  WHERE atFrom OR atTo
  RETURN collect({properties: r {.*}, type: type(r), from: a.id, to: b.id, atFrom: atFrom, atTo: atTo}) AS edges
}
RETURN nodes, edges
