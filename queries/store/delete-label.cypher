// Delete up to $limit nodes of one kg label with their relationships (used by --replace, in a loop).
MATCH (n:__LABEL__)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
