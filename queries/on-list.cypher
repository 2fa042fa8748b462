// description: Companies on a programme as of a date: a dated designation (a list edition's row, or an article's dated "added") covers the date.
// param program: program = us-dod-1260h -- the programme, by any of its names (1260H, Entity List, NS-CMIC ...)
// param date: date = today -- as of this date (YYYY-MM-DD)
// columns: company_id, company, since, sources:int
// example: date=2025-06-01
MATCH (c:Company)-[r:LISTED_ON]->(:Sanction {id: $program})
WITH c, r, coalesce(r.valid_from, CASE WHEN r.action = 'added' THEN r.date END) AS start
WHERE start IS NOT NULL AND start <= $date AND (r.valid_to IS NULL OR r.valid_to > $date)
RETURN c.id AS company_id, c.name AS company, min(start) AS since, count(DISTINCT r.source) AS sources
ORDER BY company, company_id
