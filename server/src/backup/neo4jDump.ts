import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { projectRoot } from '../startup/neo4jConnection';

/**
 * Neo4j's own dump and load (the `neo4j-admin database dump|load` commands), run from the jars the
 * bundled Neo4j already has. Community edition dumps offline only: the database must be stopped.
 */
const targetDirectory = join(projectRoot, 'neo4j', 'target');
const adminTool = 'org.neo4j.cli.AdminTool';
export const dumpFileName = 'neo4j.dump';

function javaCommand(): string {
  const javaHome = process.env['JAVA_HOME'];
  return javaHome === undefined ? 'java' : join(javaHome, 'bin', process.platform === 'win32' ? 'java.exe' : 'java');
}

function runAdminTool(neo4jHome: string, args: string[]): Promise<void> {
  if (!existsSync(join(targetDirectory, 'lib'))) {
    return Promise.reject(new Error('The bundled Neo4j is not built yet: run `npm start` once first.'));
  }
  const classpath = [join(targetDirectory, 'classes'), join(targetDirectory, 'lib', '*')].join(delimiter);
  return new Promise((done, fail) => {
    const child = spawn(javaCommand(), ['-Xmx512m', '-cp', classpath, adminTool, ...args], {
      env: { ...process.env, NEO4J_HOME: resolve(neo4jHome) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-4_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', fail);
    child.once('close', (code) => {
      if (code === 0) done();
      else fail(new Error(`neo4j-admin ${args.slice(0, 2).join(' ')} failed (exit code ${String(code)}):\n${output.trim()}`));
    });
  });
}

/** Writes `<outDirectory>/neo4j.dump` from the stopped database in `neo4jHome` (e.g. `.data/neo4j`). */
export async function dumpNeo4j(neo4jHome: string, outDirectory: string): Promise<string> {
  mkdirSync(outDirectory, { recursive: true });
  await runAdminTool(neo4jHome, ['database', 'dump', 'neo4j', `--to-path=${resolve(outDirectory)}`, '--overwrite-destination=true']);
  return join(outDirectory, dumpFileName);
}

/** Replaces the stopped database in `neo4jHome` with the dump in `dumpDirectory`. */
export function loadNeo4jDump(neo4jHome: string, dumpDirectory: string): Promise<void> {
  return runAdminTool(neo4jHome, ['database', 'load', 'neo4j', `--from-path=${resolve(dumpDirectory)}`, '--overwrite-destination=true']);
}
