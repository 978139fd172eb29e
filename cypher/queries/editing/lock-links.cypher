// Takes the write lock on each link before it is read (see lock-nodes).
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
SET r.editLock = true
REMOVE r.editLock
RETURN count(r) AS locked
