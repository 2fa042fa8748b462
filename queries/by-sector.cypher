// description: Companies in a sector, narrower sectors included, with the programmes they are listed on.
// param sector: sector -- the sector, by any of its names (surveillance includes video and biometric surveillance)
// columns: company_id, company, sectors:set, programmes:set, statements:int
// example: sector=surveillance
MATCH (s:Sector)-[:BROADER*0..]->(:Sector {id: $sector})
MATCH (c:Company)-[r:SECTOR]->(s)
OPTIONAL MATCH (c)-[d:LISTED_ON]->(p:Sanction)
WHERE d.action IS NULL OR d.action <> 'removed'
RETURN c.id AS company_id, c.name AS company, collect(DISTINCT s.name) AS sectors,
       collect(DISTINCT p.name) AS programmes, count(DISTINCT r) AS statements
ORDER BY company, company_id
