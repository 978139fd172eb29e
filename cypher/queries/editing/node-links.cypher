// A node's links to other nodes (restored if its deletion is undone), and how many other relationships it has
// (an expectation rule that names it), which forbid deleting it.
MATCH (n:Entity {id: $id})
RETURN [(n)-[r]-(m:Entity) | {properties: r {.*}, type: type(r), from: startNode(r).id, to: endNode(r).id}] AS links,
       size([(n)-[r]-(m) WHERE NOT m:Entity | r]) AS others
