// Adds the label named by each node's kind (and :Actor for cooperating kinds).
// The labels are spelled out here, never taken from input, so this works on every Neo4j 5.
MATCH (n:Entity)
WHERE n.id IN $ids
FOREACH (_ IN CASE n.kind WHEN 'Municipality' THEN [1] ELSE [] END | SET n:Municipality:Actor)
FOREACH (_ IN CASE n.kind WHEN 'County' THEN [1] ELSE [] END | SET n:County)
FOREACH (_ IN CASE n.kind WHEN 'CountyCouncil' THEN [1] ELSE [] END | SET n:CountyCouncil:Actor)
FOREACH (_ IN CASE n.kind WHEN 'CountyAdministrativeBoard' THEN [1] ELSE [] END | SET n:CountyAdministrativeBoard:Actor)
FOREACH (_ IN CASE n.kind WHEN 'Agency' THEN [1] ELSE [] END | SET n:Agency:Actor)
FOREACH (_ IN CASE n.kind WHEN 'AgencyUnit' THEN [1] ELSE [] END | SET n:AgencyUnit:Actor)
FOREACH (_ IN CASE n.kind WHEN 'Organisation' THEN [1] ELSE [] END | SET n:Organisation:Actor)
FOREACH (_ IN CASE n.kind WHEN 'Body' THEN [1] ELSE [] END | SET n:Body)
FOREACH (_ IN CASE n.kind WHEN 'District' THEN [1] ELSE [] END | SET n:District)
FOREACH (_ IN CASE n.kind WHEN 'Agreement' THEN [1] ELSE [] END | SET n:Agreement)
FOREACH (_ IN CASE n.kind WHEN 'GoalArea' THEN [1] ELSE [] END | SET n:GoalArea)
RETURN count(n) AS labelled
