import { fileURLToPath } from 'node:url';
import { CsvSyntaxError, readCsvFile, readCsvFolder, type CsvProblem } from '../../../domain/csvFiles';
import type { SeedRows } from '../../../domain/validate';

export const seedDataDirectory = fileURLToPath(new URL('../../../seed/data/', import.meta.url));

export type ReadResult = { ok: true; rows: SeedRows } | { ok: false; problems: CsvProblem[] };

/** Reads the dataset folder: `sources*.csv`, `nodes/`, `links/`, `rules.csv`. */
export function readSeed(root: string = seedDataDirectory): ReadResult {
  try {
    return {
      ok: true,
      rows: {
        sources: readCsvFolder(root, '.').filter((row) => row.file.startsWith('sources')),
        nodes: readCsvFolder(root, 'nodes'),
        links: readCsvFolder(root, 'links'),
        rules: readCsvFile(root, 'rules.csv'),
      },
    };
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { ok: false, problems: [error.problem] };
    throw error;
  }
}
