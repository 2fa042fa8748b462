// description: The sentences and sources behind a company's facts of one kind (sector, region, allegation, sanction, ownership, ground, or all).
// param name: company -- the company, by any of its names
// param kind: choice(all|sector|region|allegation|sanction|ownership|ground) = all -- which facts
// columns: relation, value, evidence, source, source_url, source_title, date, start:int, end:int, confidence:float, extractor
// example: name=Hikvision, kind=all
MATCH (c:Company {id: $name})-[r]->(x)
WITH r, x, CASE type(r)
  WHEN 'SECTOR' THEN 'sector'
  WHEN 'BASED_IN' THEN 'region' WHEN 'OPERATES_IN' THEN 'region' WHEN 'LINKED_TO' THEN 'region'
  WHEN 'ALLEGED' THEN 'allegation' WHEN 'DENIES' THEN 'allegation'
  WHEN 'LISTED_ON' THEN 'sanction' WHEN 'DISPUTES' THEN 'sanction'
  WHEN 'SUBSIDIARY_OF' THEN 'ownership' WHEN 'OWNED_BY' THEN 'ownership' WHEN 'CONTROLLED_BY' THEN 'ownership'
  WHEN 'AFFILIATED_WITH' THEN 'ownership'
  WHEN 'GROUND' THEN 'ground' WHEN 'CITES_PROVISION' THEN 'ground'
  END AS kind
WHERE kind IS NOT NULL AND ($kind = 'all' OR kind = $kind)
OPTIONAL MATCH (s:Source {id: r.source})
RETURN toLower(type(r)) AS relation, x.name AS value, r.evidence AS evidence, r.source AS source,
       s.url AS source_url, s.title AS source_title, r.date AS date, r.start AS start, r.end AS end,
       r.confidence AS confidence, r.extractor AS extractor
ORDER BY relation, value, source, start
