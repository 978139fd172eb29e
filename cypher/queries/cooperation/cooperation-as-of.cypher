// The cooperation network on $asOf (an ISO date): actors, bodies with their parties, bilateral links,
// counties and goal areas, each valid at the date (inclusive at both ends; an open end means "always").
// Proposals (evidence 'proposed') are not cooperation that exists, so they are left out.
// gaps/gap-input-as-of.cypher starts with these same subqueries: keep the two in step.
WITH date($asOf) AS day
CALL (day) {
  MATCH (a:Actor)
  WHERE coalesce(a.evidence, '') <> 'proposed'
    AND (a.validFrom IS NULL OR a.validFrom <= day) AND (a.validTo IS NULL OR a.validTo >= day)
  CALL (a, day) {
    OPTIONAL MATCH path = (a)-[:UNIT_OF*1..4]->(parent:Entity)
    WHERE all(r IN relationships(path) WHERE (r.validFrom IS NULL OR r.validFrom <= day) AND (r.validTo IS NULL OR r.validTo >= day))
    RETURN collect(DISTINCT parent.id) AS parentIds
  }
  CALL (a, day) {
    OPTIONAL MATCH (a)-[r:LOCATED_IN|SERVES]->(c:County)
    WHERE (r.validFrom IS NULL OR r.validFrom <= day) AND (r.validTo IS NULL OR r.validTo >= day)
    RETURN collect(DISTINCT c.id) AS directCountyIds
  }
  CALL (a, day) {
    OPTIONAL MATCH (a)-[r:SERVES|OWNED_BY]->(:Municipality)-[l:LOCATED_IN]->(c:County)
    WHERE (r.validFrom IS NULL OR r.validFrom <= day) AND (r.validTo IS NULL OR r.validTo >= day)
      AND (l.validFrom IS NULL OR l.validFrom <= day) AND (l.validTo IS NULL OR l.validTo >= day)
    RETURN collect(DISTINCT c.id) AS areaCountyIds
  }
  RETURN collect({
    id: a.id, kind: a.kind, name: a.name,
    lineage: [a.id] + parentIds,
    countyIds: directCountyIds + [id IN areaCountyIds WHERE NOT id IN directCountyIds]
  }) AS actors
}
CALL (day) {
  MATCH (b:Body)
  WHERE coalesce(b.evidence, '') <> 'proposed'
    AND (b.validFrom IS NULL OR b.validFrom <= day) AND (b.validTo IS NULL OR b.validTo >= day)
  CALL (b, day) {
    OPTIONAL MATCH (x:Actor)-[r:MEMBER_OF]->(b)
    WHERE coalesce(r.evidence, '') <> 'proposed' AND coalesce(x.evidence, '') <> 'proposed'
      AND (r.validFrom IS NULL OR r.validFrom <= day) AND (r.validTo IS NULL OR r.validTo >= day)
      AND (x.validFrom IS NULL OR x.validFrom <= day) AND (x.validTo IS NULL OR x.validTo >= day)
    RETURN collect(DISTINCT x.id) AS memberIds,
      collect(CASE WHEN x IS NULL THEN null ELSE {
        actorId: x.id, since: r.validFrom, sincePrecision: r.validFromPrecision, evidence: r.evidence, source: r.source, locator: r.locator
      } END) AS memberships
  }
  CALL (b, day) {
    OPTIONAL MATCH (b)-[r:ADDRESSES]->(g:GoalArea)
    WHERE (r.validFrom IS NULL OR r.validFrom <= day) AND (r.validTo IS NULL OR r.validTo >= day)
    RETURN collect(DISTINCT g.id) AS goalAreaIds
  }
  CALL (b, day) {
    OPTIONAL MATCH (b)-[r:COVERS]->(m:Municipality)
    WHERE (r.validFrom IS NULL OR r.validFrom <= day) AND (r.validTo IS NULL OR r.validTo >= day)
    RETURN collect(DISTINCT m.id) AS directMunicipalityIds
  }
  CALL (b, day) {
    OPTIONAL MATCH (b)-[r:COVERS]->(:District)-[l:LOCATED_IN]->(m:Municipality)
    WHERE (r.validFrom IS NULL OR r.validFrom <= day) AND (r.validTo IS NULL OR r.validTo >= day)
      AND (l.validFrom IS NULL OR l.validFrom <= day) AND (l.validTo IS NULL OR l.validTo >= day)
    RETURN collect(DISTINCT m.id) AS districtMunicipalityIds
  }
  CALL (b, day) {
    OPTIONAL MATCH (b)-[r:COVERS]->(c:County)
    WHERE (r.validFrom IS NULL OR r.validFrom <= day) AND (r.validTo IS NULL OR r.validTo >= day)
    RETURN collect(DISTINCT c.id) AS coveredCountyIds
  }
  RETURN collect({
    id: b.id, name: b.name, bodyType: b.bodyType,
    memberIds: memberIds, memberships: memberships, goalAreaIds: goalAreaIds,
    coveredMunicipalityIds: directMunicipalityIds + [id IN districtMunicipalityIds WHERE NOT id IN directMunicipalityIds],
    coveredCountyIds: coveredCountyIds
  }) AS bodies
}
CALL (day) {
  MATCH (a:Actor)-[r:COOPERATES_WITH]->(b:Actor)
  WHERE coalesce(r.evidence, '') <> 'proposed' AND coalesce(a.evidence, '') <> 'proposed' AND coalesce(b.evidence, '') <> 'proposed'
    AND (r.validFrom IS NULL OR r.validFrom <= day) AND (r.validTo IS NULL OR r.validTo >= day)
    AND (a.validFrom IS NULL OR a.validFrom <= day) AND (a.validTo IS NULL OR a.validTo >= day)
    AND (b.validFrom IS NULL OR b.validFrom <= day) AND (b.validTo IS NULL OR b.validTo >= day)
  RETURN collect({
    id: r.id, from: a.id, to: b.id, goalAreaIds: coalesce(r.goalAreas, []), form: r.form,
    evidence: r.evidence, source: r.source, locator: r.locator, note: r.note
  }) AS links
}
// Every county and goal area, so whatever an actor or rule refers to at the date can be named.
CALL () {
  MATCH (c:County)
  RETURN collect({id: c.id, name: c.name}) AS counties
}
CALL () {
  MATCH (g:GoalArea)
  RETURN collect({id: g.id, name: g.name, nameEn: g.nameEn}) AS goalAreas
}
RETURN actors, bodies, links, counties, goalAreas
