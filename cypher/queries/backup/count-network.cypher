MATCH (n)
WHERE n:Entity OR n:Source OR n:ExpectationRule
RETURN count(n) AS nodes
