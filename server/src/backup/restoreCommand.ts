import { parseArgs } from 'node:util';
import { loadNeo4jDump } from './neo4jDump';
import { fail, stoppedLocalDatabase, withDatabase } from './commandLine';
import { restoreBackup } from './restoreBackup';

/**
 * `npm run restore -- <dir> [--replace]`: loads a backup (or any folder in the seed layout) in one transaction, checked against its manifest.
 * `npm run restore -- --neo4j-dump <dir>`: replaces the (stopped) bundled database with Neo4j's own dump in <dir>.
 */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { replace: { type: 'boolean' }, 'neo4j-dump': { type: 'boolean' } },
  });
  const [directory] = positionals;
  if (directory === undefined) throw new Error('Name the backup folder: npm run restore -- <dir>');
  if (values['neo4j-dump'] === true) {
    await loadNeo4jDump(await stoppedLocalDatabase(), directory);
    console.log(`The bundled database now holds the dump in ${directory}; start the app to use it.`);
    return;
  }
  const result = await withDatabase((database) => restoreBackup(database, directory, { replace: values.replace === true }));
  const { nodes, relationships, hash } = result.network;
  const check = result.verified ? 'equal to the backup' : 'no manifest to compare with';
  console.log(`Restored ${nodes} nodes and ${relationships} relationships, content hash ${hash} (${check}).`);
}

main().catch(fail);
