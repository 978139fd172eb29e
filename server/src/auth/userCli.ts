import { readConfig } from '../config/config';
import { createDatabase, type Database } from '../db/database';
import { createDriver } from '../db/driver';
import { AppError } from '../db/errors';
import { applySchema } from '../db/schema';
import { connectNeo4j } from '../startup/neo4jConnection';
import { readNewPassword } from './readPassword';
import { isRole } from './roles';
import { createUser, listUsers, removeUser, setUserPassword, setUserRole } from './userRepository';

/** Who the audit trail names for changes made here: whoever runs the command has the database itself. */
const actor = '(command line)';

const usage = `usage: npm run user -- <command>
  add <username> --role viewer|editor|admin   (the password is asked for, or read from standard input)
  set-password <username>
  set-role <username> viewer|editor|admin
  remove <username>
  list`;

function roleArgument(value: string | undefined) {
  if (!isRole(value)) throw new AppError('BAD_USER_INPUT', `role: must be viewer, editor or admin\n${usage}`);
  return value;
}

async function run(database: Database, [command, username, ...rest]: string[]): Promise<string> {
  if (command === 'list') return (await listUsers(database)).map((user) => `${user.username}\t${user.role}\t${user.createdAt}`).join('\n');
  if (username === undefined) throw new AppError('BAD_USER_INPUT', usage);
  switch (command) {
    case 'add': {
      const role = roleArgument(rest[rest.indexOf('--role') + 1]);
      const user = await createUser(database, actor, username.toLowerCase(), await readNewPassword(), role);
      return `Added ${user.username} (${user.role}).`;
    }
    case 'set-password':
      await setUserPassword(database, actor, username, await readNewPassword());
      return `Changed the password of ${username}; its sessions are ended.`;
    case 'set-role':
      return `${username} is now ${(await setUserRole(database, actor, username, roleArgument(rest[0]))).role}.`;
    case 'remove':
      await removeUser(database, actor, username);
      return `Removed ${username}.`;
    default:
      throw new AppError('BAD_USER_INPUT', usage);
  }
}

async function main(): Promise<number> {
  const connection = await connectNeo4j(readConfig().neo4j, (line) => console.error(line));
  const driver = createDriver(connection.settings);
  const database = createDatabase(driver, connection.database);
  try {
    await applySchema(driver, connection.database);
    console.log(await run(database, process.argv.slice(2)));
    return 0;
  } finally {
    await database.close();
    await connection.stop();
  }
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  return 1;
});
