// Upsert relationships of one type between two labels. Each row: {id, subject, object, props}.
UNWIND $rows AS row
MATCH (a:__FROM__ {id: row.subject})
MATCH (b:__TO__ {id: row.object})
MERGE (a)-[r:__TYPE__ {id: row.id}]->(b)
SET r = row.props
