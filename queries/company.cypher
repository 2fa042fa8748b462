// description: One company by any of its names: its names, parent and subsidiaries, sectors, regions (kind of tie), allegations, designations with dates, and the source of each fact.
// param name: company -- the company, by any of its names
// columns: relation, value, value_id, detail, valid_from, valid_to, date, source, confidence:float
// example: name=Hikvision
MATCH (c:Company {id: $name})
CALL {
  WITH c
  RETURN 'name' AS relation, c.name AS value, c.id AS value_id, null AS detail, null AS valid_from,
         null AS valid_to, null AS date, null AS source, null AS confidence
  UNION ALL
  WITH c
  UNWIND coalesce(c.aliases, []) AS alias
  RETURN 'alias' AS relation, alias AS value, null AS value_id, null AS detail, null AS valid_from,
         null AS valid_to, null AS date, null AS source, null AS confidence
  UNION ALL
  WITH c
  UNWIND coalesce(c.previous_names, []) AS previous
  RETURN 'previous_name' AS relation, previous AS value, null AS value_id, null AS detail, null AS valid_from,
         null AS valid_to, null AS date, null AS source, null AS confidence
  UNION ALL
  WITH c
  MATCH (c)-[r]->(x)
  WHERE type(r) <> 'BROADER'
  RETURN toLower(type(r)) AS relation, x.name AS value, x.id AS value_id,
         coalesce(r.action, r.holder, r.degree) AS detail, r.valid_from AS valid_from, r.valid_to AS valid_to,
         r.date AS date, r.source AS source, r.confidence AS confidence
  UNION ALL
  WITH c
  MATCH (c)<-[r:SUBSIDIARY_OF]-(x)
  RETURN 'parent_of' AS relation, x.name AS value, x.id AS value_id, r.degree AS detail,
         r.valid_from AS valid_from, r.valid_to AS valid_to, r.date AS date, r.source AS source,
         r.confidence AS confidence
}
RETURN relation, value, value_id, detail, valid_from, valid_to, date, source, confidence
ORDER BY relation, value, source, valid_from
