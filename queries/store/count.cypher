// Nodes of one label and relationships leaving them (for load summaries and tests).
MATCH (n:__LABEL__)
OPTIONAL MATCH (n)-[r]->()
RETURN count(DISTINCT n) AS nodes, count(r) AS relationships
