import { createUser } from '../../server/src/auth/userRepository';
import type { Role } from '../../server/src/auth/roles';
import type { TestDatabase } from './testDatabase';

export interface TestAccount {
  username: string;
  password: string;
  role: Role;
}

/** An account under the test's prefix (so `removeTestAccounts` finds it), created as the admin command would. */
export async function createTestAccount(test: TestDatabase, role: Role, name: string = role): Promise<TestAccount> {
  const username = `${test.idPrefix}${name}`;
  const password = `correct horse ${name} battery`;
  await createUser(test.database, username, username, password, role);
  return { username, password, role };
}

/** Removes the accounts, sessions, proposals, audit records and sources a test made under its prefix. */
export async function removeTestAccounts(test: TestDatabase): Promise<void> {
  await test.database.write(async (tx) => {
    for (const name of [
      'testing/delete-users-by-prefix',
      'testing/delete-proposals-by-prefix',
      'testing/delete-audit-by-prefix',
      'testing/delete-sources-by-prefix',
    ] as const) {
      await tx.run(name, { prefix: test.idPrefix });
    }
  });
}

export async function countTestAuditRecords(test: TestDatabase): Promise<number> {
  return test.database.read(async (tx) => Number((await tx.run('testing/count-audit-by-prefix', { prefix: test.idPrefix })).records[0]?.get('records')));
}
