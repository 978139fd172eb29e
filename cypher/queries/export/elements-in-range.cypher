// Every node valid on some day of [$from, $to], and every relationship that is valid then together with both its
// ends (null bounds are open), with all stored properties. Callers intersect the three windows of a relationship.
// One row per node, then one per relationship, with the validity dates as ISO text: on a national network the
// driver decodes many small rows and strings many times faster than one collected row of nested maps and dates.
MATCH (n:Entity)
WHERE ($to IS NULL OR n.validFrom IS NULL OR n.validFrom <= date($to))
  AND ($from IS NULL OR n.validTo IS NULL OR n.validTo >= date($from))
RETURN n {.*, validFrom: toString(n.validFrom), validTo: toString(n.validTo)} AS node, null AS edge
UNION ALL
MATCH (a:Entity)-[r]->(b:Entity)
WHERE ($to IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= date($to))
    AND (a.validFrom IS NULL OR a.validFrom <= date($to)) AND (b.validFrom IS NULL OR b.validFrom <= date($to))))
  AND ($from IS NULL OR ((r.validTo IS NULL OR r.validTo >= date($from))
    AND (a.validTo IS NULL OR a.validTo >= date($from)) AND (b.validTo IS NULL OR b.validTo >= date($from))))
RETURN null AS node, {properties: r {.*, validFrom: toString(r.validFrom), validTo: toString(r.validTo)}, type: type(r), from: a.id, to: b.id} AS edge
