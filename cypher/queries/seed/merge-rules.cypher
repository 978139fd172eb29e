// Expectation rules are data the gap analysis reads: who is expected to cooperate with whom, on what.
UNWIND $rules AS row
MATCH (partner:Entity {id: row.partner})
MATCH (goal:GoalArea {id: row.goalArea})
MERGE (rule:ExpectationRule {id: row.id})
SET rule += row.properties
MERGE (rule)-[:EXPECTS_PARTNER]->(partner)
MERGE (rule)-[:CONCERNS]->(goal)
RETURN count(rule) AS rules
