import { parseArgs } from 'node:util';
import { startServerProcess } from '../harness/serverProcess';
import { startThrowawayNeo4j } from '../harness/throwawayNeo4j';
import { figuresTable, measure, type LoadFigures } from './measure';
import { readWorkloads } from './workloads';

/**
 * `npm run bench:load [-- --connections 8 --seconds 20]`: a throw-away Neo4j with the seed, the
 * server in its own process (as `npm start` runs it), and autocannon on loopback against each main
 * read in turn. Prints p50/p95/p99; exit code 1 on any error.
 */
const { values } = parseArgs({ options: { connections: { type: 'string', default: '8' }, seconds: { type: 'string', default: '20' } } });

console.log('[load] starting a throw-away Neo4j with the seed and the server…');
const neo4j = await startThrowawayNeo4j();
const server = await startServerProcess(neo4j.uri, neo4j.password);
try {
  const rows: LoadFigures[] = [];
  for (const workload of readWorkloads) {
    await measure(server.url, workload, 1, 2);
    rows.push(await measure(server.url, workload, Number(values.connections), Number(values.seconds)));
  }
  console.log(figuresTable(rows));
  process.exitCode = rows.some((row) => row.errors > 0) ? 1 : 0;
} finally {
  await server.stop();
  await neo4j.stop();
}
