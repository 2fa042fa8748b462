// description: The shortest connections between two companies, through ownership, state bodies, sectors, regions and allegations (list memberships left out: they join almost everything), up to max_hops.
// param from: company -- one company, by any of its names
// param to: company -- the other company
// param max_hops: int = 4 -- the longest connection to look for (at most 6)
// columns: length:int, node_ids:list, nodes:list, relations:list
// example: from=Hikvision, to=SenseTime
MATCH (a:Company {id: $from}), (b:Company {id: $to})
MATCH p = allShortestPaths((a)-[:SUBSIDIARY_OF|OWNED_BY|CONTROLLED_BY|AFFILIATED_WITH|SECTOR|BASED_IN|OPERATES_IN|LINKED_TO|ALLEGED|DENIES*..6]-(b))
WITH p
WHERE length(p) <= $max_hops
RETURN DISTINCT length(p) AS length, [n IN nodes(p) | n.id] AS node_ids, [n IN nodes(p) | n.name] AS nodes,
       [r IN relationships(p) | toLower(type(r))] AS relations
ORDER BY length, node_ids, relations
