import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { projectRoot } from '../../server/src/startup/neo4jConnection';

const run = promisify(execFile);

/** `npm run export` against the test database, the way a researcher would call it. */
function exportCli(args: string[]) {
  return run(join(projectRoot, 'node_modules', '.bin', 'tsx'), [join(projectRoot, 'server', 'src', 'export', 'cli.ts'), ...args], {
    cwd: projectRoot,
    env: { ...process.env, NEO4J_URI: process.env['TEST_NEO4J_URI'], NEO4J_USERNAME: 'neo4j', NEO4J_PASSWORD: process.env['TEST_NEO4J_PASSWORD'] },
  });
}

describe('the export command line', () => {
  const folder = mkdtempSync(join(tmpdir(), 'samverkan-export-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('writes a GEXF snapshot to the file it is given and says which snapshot it wrote', async () => {
    const out = join(folder, 'snapshot.gexf');
    const { stderr } = await exportCli(['--format', 'gexf', '--as-of', '2007-06-01', '--out', out]);
    expect(stderr).toMatch(/Wrote snapshot [0-9a-f]{16} \(\d+ nodes, \d+ links\) to /);
    const read = parseGexf(Graph, readFileSync(out, 'utf8'));
    expect(read.getNodeAttribute('integrationsverket', 'validTo')).toBe('2007-06-30');
    expect(read.hasNode('arbetsformedlingen')).toBe(false);
  });

  it('prints its help, and refuses a bad date naming the option, before connecting', async () => {
    expect((await exportCli(['--help'])).stdout).toContain('npm run export -- --format gexf --as-of 2007-06-01 --out snapshot.gexf');
    await expect(exportCli(['--format', 'gexf', '--as-of', '1 June 2007'])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--as-of: "1 June 2007" is not a calendar date') as unknown,
    });
  });
});
