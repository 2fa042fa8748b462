// Every name a company is known by (canonical, alias, previous), for resolving company parameters.
MATCH (c:Company)
UNWIND [['name', c.name]] + [a IN coalesce(c.aliases, []) | ['alias', a]] +
       [p IN coalesce(c.previous_names, []) | ['previous', p]] AS entry
RETURN c.id AS id, entry[0] AS kind, entry[1] AS name
