import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Database } from '../db/database';
import { AppError } from '../db/errors';
import { hasRole } from '../auth/roles';
import { findUser } from '../auth/userRepository';
import { commitImport } from './commitImport';
import { applyMapping, strictMapping } from './mapping';
import { planImport, type ImportPlan } from './planImport';
import { readTables } from './readTables';

export interface ImportCommand {
  file: string;
  dryRun: boolean;
  username: string | null;
}

export function parseImportArguments(args: string[]): ImportCommand {
  const file = args.find((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--user');
  const userIndex = args.indexOf('--user');
  const username = userIndex === -1 ? null : (args[userIndex + 1] ?? null);
  const known = new Set(['--dry-run', '--user']);
  const unknown = args.filter((arg) => arg.startsWith('--') && !known.has(arg));
  if (file === undefined || unknown.length > 0 || (userIndex !== -1 && username === null)) {
    throw new AppError('BAD_USER_INPUT', 'usage: npm run import -- <file.csv|file.xlsx> [--dry-run] [--user <editor account>]');
  }
  return { file, dryRun: args.includes('--dry-run'), username };
}

function summary(plan: ImportPlan): string {
  const count = (action: string) => plan.changes.filter((planned) => planned.change.action === action).length;
  return `${count('create')} to create, ${count('update')} to change, ${count('end')} to end, ${plan.unchanged} unchanged`;
}

/**
 * `npm run import`: the same dry run and commit as the import view. The file's columns must be the seed's
 * (seed/FORMAT.md); a column it cannot place is reported. Committing names the editor account it is recorded as.
 */
export async function runImport(database: Database, command: ImportCommand, log: (line: string) => void): Promise<number> {
  const fileName = basename(command.file);
  const tables = await readTables(fileName, readFileSync(command.file));
  const { mappings, problems: columnProblems } = strictMapping(tables);
  const { tables: mapped } = applyMapping(tables, mappings);
  const progress = (phase: string, processed: number, total: number) => log(`  ${phase}: ${processed}/${total}`);
  const plan = await database.read((tx) => planImport(tx, mapped, progress));
  for (const { table, column, reason } of columnProblems) log(`${table} row 1 ${column}: ${reason}`);
  for (const { file, line, field, reason } of plan.problems) log(`${file} row ${line} ${field}: ${reason}`);
  const problemCount = columnProblems.length + plan.problems.length;
  if (problemCount > 0) {
    log(`${fileName}: ${problemCount} problem(s); nothing was written.`);
    return 1;
  }
  log(`${fileName}: ${summary(plan)}.`);
  if (command.dryRun) {
    log('Dry run: nothing was written.');
    return 0;
  }
  if (command.username === null) throw new AppError('BAD_USER_INPUT', '--user: name the editor account the import is recorded as');
  const user = await database.read((tx) => findUser(tx, command.username ?? ''));
  if (!hasRole(user, 'editor')) throw new AppError('FORBIDDEN', `--user: "${command.username}" is not an editor or admin account`);
  const result = await commitImport(database, command.username, fileName, mapped, plan, progress);
  log(`Imported ${result.changes} change(s) as ${command.username} (import ${result.importId}).`);
  return 0;
}
