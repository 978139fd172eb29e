// Every node with its labels and each property's value and Cypher type (an integer and a float read alike in JavaScript).
MATCH (n)
RETURN elementId(n) AS key, labels(n) AS labels,
       [name IN keys(n) | {name: name, type: valueType(n[name]), value: n[name]}] AS properties
