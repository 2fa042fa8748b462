// description: A corporate group's tree: from the top parent of the named company down to every subsidiary, marking which members are on the list.
// param name: company -- any member of the group, by any of its names
// columns: company_id, company, parent_id, parent, listed:bool
// example: name=CETC
MATCH (:Company {id: $name})-[:SUBSIDIARY_OF*0..]->(root:Company)
WHERE NOT EXISTS { MATCH (root)-[:SUBSIDIARY_OF]->() }
MATCH (m:Company)-[:SUBSIDIARY_OF*0..]->(root)
WITH DISTINCT m
OPTIONAL MATCH (m)-[:SUBSIDIARY_OF]->(p:Company)
RETURN DISTINCT m.id AS company_id, m.name AS company, p.id AS parent_id, p.name AS parent,
       coalesce(m.listed, false) AS listed
ORDER BY parent, company, company_id
