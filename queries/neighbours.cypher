// description: Companies that share sectors, regions or allegations with a company, ranked by how many they share.
// param name: company -- the company, by any of its names
// param limit: int = 10 -- how many to return
// columns: company_id, company, score:int, shared:set
// example: name=Dahua, limit=10
MATCH (c:Company {id: $name})-[:SECTOR|BASED_IN|OPERATES_IN|LINKED_TO|ALLEGED]->(x)
      <-[:SECTOR|BASED_IN|OPERATES_IN|LINKED_TO|ALLEGED]-(o:Company)
WHERE o.id <> c.id
WITH o, count(DISTINCT x) AS score, collect(DISTINCT x.name) AS shared
RETURN o.id AS company_id, o.name AS company, score, shared
ORDER BY score DESC, company, company_id
LIMIT $limit
