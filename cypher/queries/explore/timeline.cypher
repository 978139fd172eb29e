// Every dated change of the network: a node or link starts on its validFrom and ends the day after its validTo
// (validTo is the last day it held). `factDate` is the date as stored, with the precision it was written in.
CALL {
  MATCH (n:Entity)
  WHERE n.validFrom IS NOT NULL
  RETURN n.validFrom AS date, 'starts' AS change, n.validFrom AS factDate, n.validFromPrecision AS precision,
    n.id AS nodeId, null AS edgeId, n.kind AS kind, null AS type, n.name AS name, null AS fromName, null AS toName
  UNION ALL
  MATCH (n:Entity)
  WHERE n.validTo IS NOT NULL
  RETURN n.validTo + duration({days: 1}) AS date, 'ends' AS change, n.validTo AS factDate, n.validToPrecision AS precision,
    n.id AS nodeId, null AS edgeId, n.kind AS kind, null AS type, n.name AS name, null AS fromName, null AS toName
  UNION ALL
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE r.validFrom IS NOT NULL
  RETURN r.validFrom AS date, 'starts' AS change, r.validFrom AS factDate, r.validFromPrecision AS precision,
    null AS nodeId, r.id AS edgeId, null AS kind, type(r) AS type, null AS name, a.name AS fromName, b.name AS toName
  UNION ALL
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE r.validTo IS NOT NULL
  RETURN r.validTo + duration({days: 1}) AS date, 'ends' AS change, r.validTo AS factDate, r.validToPrecision AS precision,
    null AS nodeId, r.id AS edgeId, null AS kind, type(r) AS type, null AS name, a.name AS fromName, b.name AS toName
}
RETURN date, change, factDate, precision, nodeId, edgeId, kind, type, name, fromName, toName
ORDER BY date, change DESC, coalesce(name, fromName), coalesce(nodeId, edgeId)
