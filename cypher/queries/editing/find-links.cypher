// The stored state of links, by id, whatever their type; one index lookup per type (the types are spelled out).
UNWIND $ids AS id
CALL {
  WITH id
  MATCH ()-[r:LOCATED_IN {id: id}]->()
  RETURN r
  UNION
  WITH id
  MATCH ()-[r:UNIT_OF {id: id}]->()
  RETURN r
  UNION
  WITH id
  MATCH ()-[r:SERVES {id: id}]->()
  RETURN r
  UNION
  WITH id
  MATCH ()-[r:COVERS {id: id}]->()
  RETURN r
  UNION
  WITH id
  MATCH ()-[r:MEMBER_OF {id: id}]->()
  RETURN r
  UNION
  WITH id
  MATCH ()-[r:PARTY_TO {id: id}]->()
  RETURN r
  UNION
  WITH id
  MATCH ()-[r:COOPERATES_WITH {id: id}]->()
  RETURN r
  UNION
  WITH id
  MATCH ()-[r:ADDRESSES {id: id}]->()
  RETURN r
  UNION
  WITH id
  MATCH ()-[r:SUCCEEDED_BY {id: id}]->()
  RETURN r
  UNION
  WITH id
  MATCH ()-[r:OWNED_BY {id: id}]->()
  RETURN r
}
RETURN r {.*} AS properties, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to
