// The stored state of nodes, by id (those that do not exist are left out).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n {.*} AS node
