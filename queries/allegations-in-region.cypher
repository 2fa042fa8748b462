// description: Allegations against companies tied to a region (narrower regions included), who makes them, and whether the company denies them.
// param region: region -- the region, by any of its names (e.g. Xinjiang)
// columns: company_id, company, allegation, holders:set, denied:bool, statements:int, sources:int
// example: region=Xinjiang
MATCH (g:Region)-[:BROADER*0..]->(:Region {id: $region})
MATCH (c:Company)-[:BASED_IN|OPERATES_IN|LINKED_TO]->(g)
WITH DISTINCT c
MATCH (c)-[r:ALLEGED]->(a:Allegation)
OPTIONAL MATCH (c)-[d:DENIES]->(a)
RETURN c.id AS company_id, c.name AS company, a.name AS allegation, collect(DISTINCT r.holder) AS holders,
       count(d) > 0 AS denied, count(DISTINCT r) AS statements, count(DISTINCT r.source) AS sources
ORDER BY company, company_id, allegation
