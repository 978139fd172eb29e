UNWIND $links AS row
MATCH (:Entity {id: row.from})-[r]->(:Entity {id: row.to})
WHERE r.id = row.id
DELETE r
RETURN count(*) AS deleted
