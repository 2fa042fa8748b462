// Uniqueness of kg's key on one label; also the index that every MERGE and MATCH on id uses.
// __LABEL__ is replaced by a label from the ontology (kg/stores/neo4j.py LABELS), never by input.
CREATE CONSTRAINT kg___LABEL___id IF NOT EXISTS FOR (n:__LABEL__) REQUIRE n.id IS UNIQUE
