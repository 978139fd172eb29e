UNWIND $sources AS row
MERGE (s:Source {id: row.id})
SET s = row.properties
RETURN count(s) AS written
