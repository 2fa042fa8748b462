// description: Additions to and removals from a programme between two dates: companies on it at one date and not at the other.
// param program: program = us-dod-1260h -- the programme, by any of its names
// param since: date -- the earlier date (YYYY-MM-DD)
// param until: date = today -- the later date (YYYY-MM-DD)
// columns: change, date, company_id, company
// example: since=2024-01-31, until=2025-01-07
MATCH (c:Company)-[r:LISTED_ON]->(:Sanction {id: $program})
WITH c, r, coalesce(r.valid_from, CASE WHEN r.action = 'added' THEN r.date END) AS start
WHERE start IS NOT NULL
WITH c,
     sum(CASE WHEN start <= $since AND (r.valid_to IS NULL OR r.valid_to > $since) THEN 1 ELSE 0 END) AS before,
     sum(CASE WHEN start <= $until AND (r.valid_to IS NULL OR r.valid_to > $until) THEN 1 ELSE 0 END) AS after,
     min(CASE WHEN start > $since AND start <= $until THEN start END) AS added_on,
     max(CASE WHEN r.valid_to > $since AND r.valid_to <= $until THEN r.valid_to END) AS removed_on
WHERE (before = 0 AND after > 0) OR (before > 0 AND after = 0)
RETURN CASE WHEN after > 0 THEN 'added' ELSE 'removed' END AS change,
       CASE WHEN after > 0 THEN added_on ELSE removed_on END AS date,
       c.id AS company_id, c.name AS company
ORDER BY date, change, company, company_id
