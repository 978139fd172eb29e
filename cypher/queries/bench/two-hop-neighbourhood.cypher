// Everything within two links of a node as of $asOf (null: every date), over $types when given (null: all types).
// Benchmark statement: the explorer asks for one hop at a time; this is the same walk taken twice in one round trip.
MATCH (centre:Entity {id: $id})
CALL {
  WITH centre
  OPTIONAL MATCH (centre)-[r]-(neighbour:Entity)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($asOf IS NULL OR (
      (r.validFrom IS NULL OR r.validFrom <= date($asOf)) AND (r.validTo IS NULL OR r.validTo >= date($asOf))
      AND (neighbour.validFrom IS NULL OR neighbour.validFrom <= date($asOf))
      AND (neighbour.validTo IS NULL OR neighbour.validTo >= date($asOf))))
  WITH centre, collect(DISTINCT neighbour) AS neighbours
  RETURN [centre] + neighbours AS inner
}
UNWIND inner AS from
OPTIONAL MATCH (from)-[r]-(to:Entity)
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($asOf IS NULL OR (
    (r.validFrom IS NULL OR r.validFrom <= date($asOf)) AND (r.validTo IS NULL OR r.validTo >= date($asOf))
    AND (to.validFrom IS NULL OR to.validFrom <= date($asOf)) AND (to.validTo IS NULL OR to.validTo >= date($asOf))))
WITH inner, collect(DISTINCT to) AS reached, collect(DISTINCT r) AS links
CALL {
  WITH inner, reached
  UNWIND inner + reached AS node
  WITH DISTINCT node
  RETURN collect(node {.*}) AS nodes
}
RETURN nodes, [link IN links | {properties: link {.*}, type: type(link), from: startNode(link).id, to: endNode(link).id}] AS edges
