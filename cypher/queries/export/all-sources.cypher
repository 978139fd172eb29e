// Every cited source document, for the manifest's citations and the dataset's content hash.
MATCH (s:Source)
RETURN s {.*} AS source
ORDER BY s.id
