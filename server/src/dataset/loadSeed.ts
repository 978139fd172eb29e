import type { Database } from '../db/database';
import type { CsvProblem } from '../../../domain/csvFiles';
import { readSeed, seedDataDirectory } from './readSeed';
import { formatProblems, validateSeed } from '../../../domain/validate';
import { writeSeed, type SeedCounts } from './writeSeed';

export class SeedValidationError extends Error {
  constructor(readonly problems: CsvProblem[]) {
    super(`The seed data has ${problems.length} problem(s); nothing was written.\n${formatProblems(problems)}`);
  }
}

/** Validates every file first, then writes everything in one transaction. */
export async function loadSeed(database: Database, root: string = seedDataDirectory): Promise<SeedCounts> {
  const read = readSeed(root);
  if (!read.ok) throw new SeedValidationError(read.problems);
  const validation = validateSeed(read.rows);
  if (!validation.ok) throw new SeedValidationError(validation.problems);
  return writeSeed(database, validation.seed);
}
