// A node and its links as of $asOf (null: every date), limited to $types when given; each link with the node at its other end.
MATCH (centre:Entity {id: $id})
CALL {
  WITH centre
  MATCH (centre)-[r]-(neighbour:Entity)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($asOf IS NULL OR (
      (r.validFrom IS NULL OR r.validFrom <= date($asOf)) AND (r.validTo IS NULL OR r.validTo >= date($asOf))
      AND (neighbour.validFrom IS NULL OR neighbour.validFrom <= date($asOf))
      AND (neighbour.validTo IS NULL OR neighbour.validTo >= date($asOf))))
  RETURN collect({properties: r {.*}, type: type(r), from: startNode(r).id, to: endNode(r).id, neighbour: neighbour {.*}}) AS links
}
RETURN centre {.*} AS centre, links
