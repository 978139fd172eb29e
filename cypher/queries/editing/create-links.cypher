// Types are spelled out, never taken from input (the FOREACH pattern works on every Neo4j 5).
UNWIND $links AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
FOREACH (_ IN CASE row.type WHEN 'LOCATED_IN' THEN [1] ELSE [] END | CREATE (a)-[r:LOCATED_IN]->(b) SET r = row.properties)
FOREACH (_ IN CASE row.type WHEN 'UNIT_OF' THEN [1] ELSE [] END | CREATE (a)-[r:UNIT_OF]->(b) SET r = row.properties)
FOREACH (_ IN CASE row.type WHEN 'SERVES' THEN [1] ELSE [] END | CREATE (a)-[r:SERVES]->(b) SET r = row.properties)
FOREACH (_ IN CASE row.type WHEN 'COVERS' THEN [1] ELSE [] END | CREATE (a)-[r:COVERS]->(b) SET r = row.properties)
FOREACH (_ IN CASE row.type WHEN 'MEMBER_OF' THEN [1] ELSE [] END | CREATE (a)-[r:MEMBER_OF]->(b) SET r = row.properties)
FOREACH (_ IN CASE row.type WHEN 'PARTY_TO' THEN [1] ELSE [] END | CREATE (a)-[r:PARTY_TO]->(b) SET r = row.properties)
FOREACH (_ IN CASE row.type WHEN 'COOPERATES_WITH' THEN [1] ELSE [] END | CREATE (a)-[r:COOPERATES_WITH]->(b) SET r = row.properties)
FOREACH (_ IN CASE row.type WHEN 'ADDRESSES' THEN [1] ELSE [] END | CREATE (a)-[r:ADDRESSES]->(b) SET r = row.properties)
FOREACH (_ IN CASE row.type WHEN 'SUCCEEDED_BY' THEN [1] ELSE [] END | CREATE (a)-[r:SUCCEEDED_BY]->(b) SET r = row.properties)
FOREACH (_ IN CASE row.type WHEN 'OWNED_BY' THEN [1] ELSE [] END | CREATE (a)-[r:OWNED_BY]->(b) SET r = row.properties)
RETURN count(*) AS created
