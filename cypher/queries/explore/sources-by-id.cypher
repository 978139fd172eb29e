// The source documents with the given ids, for readable citations.
MATCH (s:Source)
WHERE s.id IN $ids
RETURN s {.*} AS source
ORDER BY s.id
