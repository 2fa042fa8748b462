// description: Companies tied to a region (narrower regions included), with the kind of tie and how many statements and sources say so.
// param region: region -- the region, by any of its names
// columns: company_id, company, tie, place, statements:int, sources:int
// example: region=Xinjiang
MATCH (g:Region)-[:BROADER*0..]->(:Region {id: $region})
MATCH (c:Company)-[r:BASED_IN|OPERATES_IN|LINKED_TO]->(g)
RETURN c.id AS company_id, c.name AS company, toLower(type(r)) AS tie, g.name AS place,
       count(r) AS statements, count(DISTINCT r.source) AS sources
ORDER BY company, company_id, tie, place
