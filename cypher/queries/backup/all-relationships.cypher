// Every relationship with its type, ends and each property's value and Cypher type.
MATCH (a)-[r]->(b)
RETURN type(r) AS type, elementId(a) AS from, elementId(b) AS to,
       [name IN keys(r) | {name: name, type: valueType(r[name]), value: r[name]}] AS properties
