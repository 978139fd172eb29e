// Bodies and agreements by id as of $asOf (null: every date): their members (or parties), the areas they
// cover with each area's enclosing areas, and the goal areas they address. For each member, the agencies
// it is a unit of, so a county labour board counts as Arbetsmarknadsverket.
MATCH (body:Entity)
WHERE body.id IN $ids AND body.kind IN ['Body', 'Agreement']
CALL {
  WITH body
  MATCH (member:Entity)-[r:MEMBER_OF|PARTY_TO]->(body)
  WHERE $asOf IS NULL OR (
    (r.validFrom IS NULL OR r.validFrom <= date($asOf)) AND (r.validTo IS NULL OR r.validTo >= date($asOf))
    AND (member.validFrom IS NULL OR member.validFrom <= date($asOf)) AND (member.validTo IS NULL OR member.validTo >= date($asOf)))
  RETURN collect({
    node: member {.*},
    link: {properties: r {.*}, type: type(r), from: member.id, to: body.id},
    agencies: [(member)-[:UNIT_OF*1..3]->(agency:Entity) WHERE agency.kind = 'Agency' | agency.id]
  }) AS members
}
CALL {
  WITH body
  MATCH (body)-[c:COVERS]->(area:Entity)
  WHERE $asOf IS NULL OR (
    (c.validFrom IS NULL OR c.validFrom <= date($asOf)) AND (c.validTo IS NULL OR c.validTo >= date($asOf))
    AND (area.validFrom IS NULL OR area.validFrom <= date($asOf)) AND (area.validTo IS NULL OR area.validTo >= date($asOf)))
  RETURN collect({
    node: area {.*},
    enclosing: [up = (area)-[:LOCATED_IN*1..2]->(outer:Entity)
      WHERE $asOf IS NULL OR all(l IN relationships(up) WHERE (l.validFrom IS NULL OR l.validFrom <= date($asOf)) AND (l.validTo IS NULL OR l.validTo >= date($asOf)))
      | outer.id]
  }) AS areas
}
CALL {
  WITH body
  MATCH (body)-[a:ADDRESSES]->(goal:Entity)
  WHERE $asOf IS NULL OR ((a.validFrom IS NULL OR a.validFrom <= date($asOf)) AND (a.validTo IS NULL OR a.validTo >= date($asOf)))
  RETURN collect(goal {.*}) AS goalAreas
}
RETURN body {.*} AS body, members, areas, goalAreas
