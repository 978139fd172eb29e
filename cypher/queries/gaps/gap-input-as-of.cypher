// Everything the gap analysis reads on $asOf (an ISO date): the cooperation network, exactly as
// cooperation/cooperation-as-of.cypher reads it (the same subqueries; keep the two in step), and the expected
// pairs of every expectation rule valid at the date. One statement, so one round trip per operation.
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
CALL (day) {
  CALL (day) {
    MATCH (m:Municipality)-[p:PARTY_TO]->(agreement:Agreement)
    WHERE agreement.agreementType = 'localDevelopmentAgreement'
      AND coalesce(m.evidence, '') <> 'proposed' AND coalesce(p.evidence, '') <> 'proposed' AND coalesce(agreement.evidence, '') <> 'proposed'
      AND (m.validFrom IS NULL OR m.validFrom <= day) AND (m.validTo IS NULL OR m.validTo >= day)
      AND (p.validFrom IS NULL OR p.validFrom <= day) AND (p.validTo IS NULL OR p.validTo >= day)
      AND (agreement.validFrom IS NULL OR agreement.validFrom <= day) AND (agreement.validTo IS NULL OR agreement.validTo >= day)
    // Each municipality once, with the agreement that makes it one (the first by id when it has several).
    WITH m, agreement
    ORDER BY agreement.id
    WITH m, collect(agreement)[0] AS agreement
    RETURN collect({municipality: m, agreement: agreement}) AS luaSubjects
  }
  MATCH (goal:GoalArea)<-[:CONCERNS]-(rule:ExpectationRule)-[:EXPECTS_PARTNER]->(named:Agency)
  WHERE rule.subject = 'luaMunicipalities'
    AND (rule.validFrom IS NULL OR rule.validFrom <= day) AND (rule.validTo IS NULL OR rule.validTo >= day)
  // The named agency while it exists; once it has closed, the agencies that took over from it by the date.
  CALL (named, day) {
    OPTIONAL MATCH path = (named)-[:SUCCEEDED_BY*1..3]->(successor:Agency)
    WHERE all(r IN relationships(path) WHERE r.validFrom IS NULL OR r.validFrom <= day)
      AND coalesce(successor.evidence, '') <> 'proposed'
      AND (successor.validFrom IS NULL OR successor.validFrom <= day) AND (successor.validTo IS NULL OR successor.validTo >= day)
    WITH named, day, collect(DISTINCT successor) AS successors
    RETURN CASE
      WHEN coalesce(named.evidence, '') = 'proposed' THEN []
      WHEN (named.validFrom IS NULL OR named.validFrom <= day) AND (named.validTo IS NULL OR named.validTo >= day) THEN [named]
      ELSE successors
    END AS partners
  }
  UNWIND partners AS partner
  UNWIND luaSubjects AS subject
  WITH rule, goal, named, partner, day, subject.municipality AS m, subject.agreement AS agreement
  // The partner's unit serving the municipality, or else its county; the most local one first.
  CALL (rule, partner, m, day) {
    OPTIONAL MATCH (m)-[l:LOCATED_IN]->(county:County)
    WHERE (l.validFrom IS NULL OR l.validFrom <= day) AND (l.validTo IS NULL OR l.validTo >= day)
    WITH m, partner, rule, day, collect(county) AS counties
    UNWIND [m] + counties AS area
    OPTIONAL MATCH (unit:AgencyUnit)-[s:SERVES]->(area)
    WHERE rule.partnerScope = 'servingUnit'
      AND coalesce(unit.evidence, '') <> 'proposed' AND coalesce(s.evidence, '') <> 'proposed'
      AND (unit.validFrom IS NULL OR unit.validFrom <= day) AND (unit.validTo IS NULL OR unit.validTo >= day)
      AND (s.validFrom IS NULL OR s.validFrom <= day) AND (s.validTo IS NULL OR s.validTo >= day)
      AND EXISTS {
        MATCH path = (unit)-[:UNIT_OF*1..3]->(partner)
        WHERE all(r IN relationships(path) WHERE (r.validFrom IS NULL OR r.validFrom <= day) AND (r.validTo IS NULL OR r.validTo >= day))
      }
    WITH unit, area = m AS servesMunicipality
    ORDER BY unit IS NULL, servesMunicipality DESC, unit.id
    LIMIT 1
    RETURN unit.id AS servingUnitId
  }
  RETURN collect({
    ruleId: rule.id, subject: rule.subject, partnerScope: rule.partnerScope, goalAreaId: goal.id,
    namedPartnerId: named.id, namedPartnerName: named.name, partnerId: partner.id, municipalityId: m.id, servingUnitId: servingUnitId,
    evidence: rule.evidence, source: rule.source, locator: rule.locator, note: rule.note, inferred: rule.inferred,
    subjectAgreement: {
      id: agreement.id, name: agreement.name, evidence: agreement.evidence, source: agreement.source,
      locator: agreement.locator, note: agreement.note, inferred: agreement.inferred
    }
  }) AS expectations
}
RETURN actors, bodies, links, counties, goalAreas, expectations
