// Nodes whose name, English name or code holds every word of $tokens. $text and $tokens are folded
// by the caller; the names are folded here with the same table ($folds), so case and diacritics never matter.
// Ranked: exact name or code, then name prefix, then a word of the name that starts with the first word.
MATCH (n:Entity)
WHERE $kinds IS NULL OR n.kind IN $kinds
WITH n,
  ' ' + trim(reduce(s = toLower(n.name), f IN $folds | replace(s, f[0], f[1]))) + ' ' AS name,
  reduce(s = toLower(coalesce(n.nameEn, '')), f IN $folds | replace(s, f[0], f[1])) AS nameEn,
  toLower(coalesce(n.code, '')) AS code
WITH n, name, code, name + ' ' + nameEn + ' ' + code AS haystack
WHERE all(token IN $tokens WHERE haystack CONTAINS token)
WITH n,
  CASE
    WHEN code = $text OR trim(name) = $text THEN 0
    WHEN name STARTS WITH ' ' + $text THEN 1
    WHEN name CONTAINS ' ' + $tokens[0] THEN 2
    ELSE 3
  END AS rank,
  ($asOf IS NULL OR ((n.validFrom IS NULL OR n.validFrom <= date($asOf)) AND (n.validTo IS NULL OR n.validTo >= date($asOf)))) AS validAtDate,
  head([(n)-[:LOCATED_IN|UNIT_OF]->(parent:Entity) | parent.name]) AS context
ORDER BY validAtDate DESC, rank, size(n.name), n.name
WITH n.kind AS kind, collect({node: n {.*}, context: context, validAtDate: validAtDate}) AS hits, min(rank) AS bestRank
RETURN kind, size(hits) AS total, hits[0..$limit] AS hits, bestRank
ORDER BY bestRank, total DESC, kind
