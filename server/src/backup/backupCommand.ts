import { parseArgs } from 'node:util';
import { dumpNeo4j } from './neo4jDump';
import { fail, stoppedLocalDatabase, withDatabase } from './commandLine';
import { writeBackup } from './writeBackup';

/**
 * `npm run backup -- --out <dir> [--allow-incomplete]`: the network in the seed layout, readable by `npm run restore`.
 * `npm run backup -- --neo4j-dump --out <dir>`: Neo4j's own dump of the (stopped) bundled database, accounts and audit trail included.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, 'allow-incomplete': { type: 'boolean' }, 'neo4j-dump': { type: 'boolean' } },
  });
  const out = values.out;
  if (out === undefined) throw new Error('Name the folder to write: npm run backup -- --out <dir>');
  if (values['neo4j-dump'] === true) {
    console.log(`Neo4j dump written to ${await dumpNeo4j(await stoppedLocalDatabase(), out)}`);
    return;
  }
  const manifest = await withDatabase((database) => writeBackup(database, out, { allowIncomplete: values['allow-incomplete'] === true }));
  const { nodes, relationships, hash } = manifest.network;
  console.log(`Backup written to ${out}: ${nodes} nodes, ${relationships} relationships, content hash ${hash}.`);
  const leftOut = Object.entries(manifest.leftOut).map(([label, count]) => `${count} ${label}`);
  if (leftOut.length > 0) console.log(`Not in the seed layout (use --neo4j-dump for these): ${leftOut.join(', ')}.`);
}

main().catch(fail);
