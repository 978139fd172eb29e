// CREATE, not MERGE: an id already in use fails on the uniqueness constraint. Labels follow in apply-kind-labels.
UNWIND $nodes AS row
CREATE (n:Entity)
SET n = row.properties
RETURN count(n) AS created
