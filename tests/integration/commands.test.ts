import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findUser } from '../../server/src/auth/userRepository';
import { verifyPassword } from '../../server/src/auth/passwords';
import { readNodes } from '../../server/src/editing/entityStore';
import { removeTestAccounts } from '../helpers/accounts';
import { csvFile } from '../helpers/importFiles';
import { openTestDatabase, type TestDatabase } from '../helpers/testDatabase';

/** Runs an npm script's entry point as `npm run` would, against the test database. */
function run(script: string, args: string[], input = '') {
  const result = spawnSync(join('node_modules', '.bin', 'tsx'), [script, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, NEO4J_URI: process.env['TEST_NEO4J_URI'], NEO4J_USERNAME: 'neo4j', NEO4J_PASSWORD: process.env['TEST_NEO4J_PASSWORD'] },
    timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('the command-line tools', () => {
  let test: TestDatabase;
  beforeAll(() => {
    test = openTestDatabase();
  });
  afterAll(async () => {
    await removeTestAccounts(test);
    await test.close();
  });

  it('npm run user -- add reads the password from standard input and never prints it', async () => {
    const username = `${test.idPrefix}first-admin`;
    const password = 'a secret nobody should see';
    const added = run('server/src/auth/userCli.ts', ['add', username, '--role', 'admin'], `${password}\n`);
    expect(added).toEqual({ status: 0, output: expect.stringContaining(`Added ${username} (admin).`) as unknown });
    expect(added.output).not.toContain(password);
    const stored = await test.database.read((tx) => findUser(tx, username));
    expect(stored?.role).toBe('admin');
    expect(await verifyPassword(stored?.passwordHash ?? null, password)).toBe(true);

    const again = run('server/src/auth/userCli.ts', ['add', username, '--role', 'admin'], `${password}\n`);
    expect(again.status).toBe(1);
    expect(again.output).toContain(`An account named "${username}" already exists.`);
    expect(run('server/src/auth/userCli.ts', ['add', `${test.idPrefix}x`, '--role', 'boss'], 'long enough password\n').output).toContain(
      'role: must be viewer, editor or admin',
    );
  });

  it('npm run import -- file --dry-run reports what a file would do and writes nothing', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'samverkan-cli-')), 'nodes.csv');
    const id = `${test.idPrefix}cli-body`;
    writeFileSync(file, csvFile([{ id, kind: 'Body', name: 'Kommandorådet', evidence: 'documented', source: 'sou-2007-104', locator: 'line 1' }]));
    const result = run('server/src/import/importCli.ts', [file, '--dry-run']);
    expect(result.status).toBe(0);
    expect(result.output).toContain('nodes.csv: 1 to create, 0 to change, 0 to end, 0 unchanged.');
    expect((await test.database.read((tx) => readNodes(tx, [id]))).size).toBe(0);
  });
});
