// description: Companies listed on at least `min` different programmes (statements of removal left out).
// param min: int = 2 -- the least number of programmes
// columns: company_id, company, count:int, programmes:set
// example: min=2
MATCH (c:Company)-[r:LISTED_ON]->(p:Sanction)
WHERE r.action IS NULL OR r.action <> 'removed'
WITH c, collect(DISTINCT p.name) AS programmes
WHERE size(programmes) >= $min
RETURN c.id AS company_id, c.name AS company, size(programmes) AS count, programmes
ORDER BY count DESC, company, company_id
