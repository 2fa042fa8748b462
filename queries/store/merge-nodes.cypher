// Upsert nodes of one label. Each row: {id, props}; props replace the node's properties.
UNWIND $rows AS row
MERGE (n:__LABEL__ {id: row.id})
SET n = row.props
