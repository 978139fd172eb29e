UNWIND $sources AS source
MERGE (s:Source {id: source.id})
SET s += source
RETURN count(s) AS sources
