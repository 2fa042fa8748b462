// Every relationship of one kg type, with its endpoints' ids and its properties.
MATCH (a)-[r:__TYPE__]->(b)
RETURN a.id AS subject, b.id AS object, properties(r) AS props
