// CREATE, not MERGE: an id that already exists must fail on the uniqueness constraint.
CREATE (n:Entity {id: $id})
SET n += $properties
RETURN n {.*} AS node
