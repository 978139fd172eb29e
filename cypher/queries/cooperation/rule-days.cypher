// The periods in which an expectation rule applies to some municipality: for each municipality party to a
// local development agreement and each rule about such municipalities, the days all of them hold
// (the latest start, the earliest end; null for an open end). Proposals do not count.
MATCH (m:Municipality)-[p:PARTY_TO]->(agreement:Agreement)
WHERE agreement.agreementType = 'localDevelopmentAgreement'
  AND coalesce(m.evidence, '') <> 'proposed' AND coalesce(p.evidence, '') <> 'proposed' AND coalesce(agreement.evidence, '') <> 'proposed'
MATCH (rule:ExpectationRule)
WHERE rule.subject = 'luaMunicipalities'
WITH [d IN [m.validFrom, p.validFrom, agreement.validFrom, rule.validFrom] WHERE d IS NOT NULL] AS starts,
     [d IN [m.validTo, p.validTo, agreement.validTo, rule.validTo] WHERE d IS NOT NULL] AS ends
WITH reduce(latest = null, d IN starts | CASE WHEN latest IS NULL OR d > latest THEN d ELSE latest END) AS fromDay,
     reduce(earliest = null, d IN ends | CASE WHEN earliest IS NULL OR d < earliest THEN d ELSE earliest END) AS toDay
WHERE fromDay IS NULL OR toDay IS NULL OR fromDay <= toDay
RETURN collect(DISTINCT {from: fromDay, to: toDay}) AS periods
