UNWIND $links AS row
MATCH (:Entity {id: row.from})-[r]->(:Entity {id: row.to})
WHERE r.id = row.id
SET r = row.properties
RETURN count(r) AS replaced
