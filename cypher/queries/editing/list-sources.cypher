MATCH (s:Source)
RETURN s.id AS id, coalesce(s.title, s.id) AS title
ORDER BY s.id
