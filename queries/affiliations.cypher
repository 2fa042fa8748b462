// description: Companies by the state body the list's notes say owns, controls or is affiliated with them (SASAC, MIIT, PLA ...); all bodies when none is given.
// param body: body = -- the state body, by any of its names (empty: every body)
// columns: body_id, body_name, relation, degree, company_id, company, sources:int
// example: body=SASAC
MATCH (c:Company)-[r:OWNED_BY|CONTROLLED_BY|AFFILIATED_WITH]->(b:StateBody)
WHERE $body IS NULL OR b.id = $body
RETURN b.id AS body_id, b.name AS body_name, toLower(type(r)) AS relation, r.degree AS degree,
       c.id AS company_id, c.name AS company, count(DISTINCT r.source) AS sources
ORDER BY body_name, relation, company, company_id, degree
