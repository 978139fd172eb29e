// The network as it stood on $asOf (an ISO date, or null for every date), limited to $kinds when given.
// Validity is inclusive at both ends; an open end (null) means "still valid" or "since always".
// One row per node, then one per link, with dates as ISO text: on a national network the driver decodes
// many small rows and strings markedly faster than one collected row of nested maps and date values.
MATCH (n:Entity)
WHERE ($kinds IS NULL OR n.kind IN $kinds)
  AND ($asOf IS NULL OR ((n.validFrom IS NULL OR n.validFrom <= date($asOf)) AND (n.validTo IS NULL OR n.validTo >= date($asOf))))
RETURN n {.*, validFrom: toString(n.validFrom), validTo: toString(n.validTo)} AS node, null AS edge
UNION ALL
MATCH (a:Entity)-[r]->(b:Entity)
WHERE ($kinds IS NULL OR (a.kind IN $kinds AND b.kind IN $kinds))
  AND ($asOf IS NULL OR (
    (r.validFrom IS NULL OR r.validFrom <= date($asOf)) AND (r.validTo IS NULL OR r.validTo >= date($asOf))
    AND (a.validFrom IS NULL OR a.validFrom <= date($asOf)) AND (a.validTo IS NULL OR a.validTo >= date($asOf))
    AND (b.validFrom IS NULL OR b.validFrom <= date($asOf)) AND (b.validTo IS NULL OR b.validTo >= date($asOf))))
RETURN null AS node, {properties: r {.*, validFrom: toString(r.validFrom), validTo: toString(r.validTo)}, type: type(r), from: a.id, to: b.id} AS edge
