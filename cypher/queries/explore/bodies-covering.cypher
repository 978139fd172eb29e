// The bodies and agreements that cover a place as of $asOf (null: every date): those covering the place itself,
// an area that contains it (its municipality or county), or an area inside it; and those it is a member of.
// The place hierarchy (LOCATED_IN) is read at the date too, since municipalities have changed county.
MATCH (place:Entity {id: $place})
CALL {
  WITH place
  MATCH (body:Entity)-[c:COVERS]->(area:Entity)
  WHERE body.kind IN ['Body', 'Agreement']
    AND ($asOf IS NULL OR (
      (c.validFrom IS NULL OR c.validFrom <= date($asOf)) AND (c.validTo IS NULL OR c.validTo >= date($asOf))
      AND (body.validFrom IS NULL OR body.validFrom <= date($asOf)) AND (body.validTo IS NULL OR body.validTo >= date($asOf))))
  OPTIONAL MATCH up = (place)-[:LOCATED_IN*1..2]->(area)
  WHERE $asOf IS NULL OR all(l IN relationships(up) WHERE (l.validFrom IS NULL OR l.validFrom <= date($asOf)) AND (l.validTo IS NULL OR l.validTo >= date($asOf)))
  OPTIONAL MATCH down = (area)-[:LOCATED_IN*1..2]->(place)
  WHERE $asOf IS NULL OR all(l IN relationships(down) WHERE (l.validFrom IS NULL OR l.validFrom <= date($asOf)) AND (l.validTo IS NULL OR l.validTo >= date($asOf)))
  WITH body, area, place, up, down
  WHERE area = place OR up IS NOT NULL OR down IS NOT NULL
  RETURN DISTINCT body.id AS bodyId, area {.*} AS area,
    CASE WHEN area = place THEN 'place' WHEN up IS NOT NULL THEN 'containing' ELSE 'within' END AS scope
  UNION
  WITH place
  MATCH (place)-[r:MEMBER_OF|PARTY_TO]->(body:Entity)
  WHERE $asOf IS NULL OR (
    (r.validFrom IS NULL OR r.validFrom <= date($asOf)) AND (r.validTo IS NULL OR r.validTo >= date($asOf))
    AND (body.validFrom IS NULL OR body.validFrom <= date($asOf)) AND (body.validTo IS NULL OR body.validTo >= date($asOf)))
  RETURN body.id AS bodyId, place {.*} AS area, 'member' AS scope
}
RETURN place {.*} AS place, collect({bodyId: bodyId, area: area, scope: scope}) AS coverage
