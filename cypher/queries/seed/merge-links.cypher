// Idempotent: MERGE each relationship on its id. Types are spelled out, never taken from input.
UNWIND $links AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
FOREACH (_ IN CASE row.type WHEN 'LOCATED_IN' THEN [1] ELSE [] END | MERGE (a)-[r:LOCATED_IN {id: row.id}]->(b) SET r += row.properties)
FOREACH (_ IN CASE row.type WHEN 'UNIT_OF' THEN [1] ELSE [] END | MERGE (a)-[r:UNIT_OF {id: row.id}]->(b) SET r += row.properties)
FOREACH (_ IN CASE row.type WHEN 'SERVES' THEN [1] ELSE [] END | MERGE (a)-[r:SERVES {id: row.id}]->(b) SET r += row.properties)
FOREACH (_ IN CASE row.type WHEN 'COVERS' THEN [1] ELSE [] END | MERGE (a)-[r:COVERS {id: row.id}]->(b) SET r += row.properties)
FOREACH (_ IN CASE row.type WHEN 'MEMBER_OF' THEN [1] ELSE [] END | MERGE (a)-[r:MEMBER_OF {id: row.id}]->(b) SET r += row.properties)
FOREACH (_ IN CASE row.type WHEN 'PARTY_TO' THEN [1] ELSE [] END | MERGE (a)-[r:PARTY_TO {id: row.id}]->(b) SET r += row.properties)
FOREACH (_ IN CASE row.type WHEN 'COOPERATES_WITH' THEN [1] ELSE [] END | MERGE (a)-[r:COOPERATES_WITH {id: row.id}]->(b) SET r += row.properties)
FOREACH (_ IN CASE row.type WHEN 'ADDRESSES' THEN [1] ELSE [] END | MERGE (a)-[r:ADDRESSES {id: row.id}]->(b) SET r += row.properties)
FOREACH (_ IN CASE row.type WHEN 'SUCCEEDED_BY' THEN [1] ELSE [] END | MERGE (a)-[r:SUCCEEDED_BY {id: row.id}]->(b) SET r += row.properties)
FOREACH (_ IN CASE row.type WHEN 'OWNED_BY' THEN [1] ELSE [] END | MERGE (a)-[r:OWNED_BY {id: row.id}]->(b) SET r += row.properties)
RETURN count(*) AS links
