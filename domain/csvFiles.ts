import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CsvError, parse } from 'csv-parse/sync';

/** A CSV row with the file and line it came from, so every problem can be pointed at. */
export interface SourcedRow {
  file: string;
  line: number;
  cells: Record<string, string>;
}

export interface CsvProblem {
  file: string;
  line: number;
  field: string;
  reason: string;
}

interface ParsedRecord {
  record: Record<string, string>;
  info: { lines: number };
}

/** A file that is not well-formed CSV (an unclosed quote, a row with too many cells…). */
export class CsvSyntaxError extends Error {
  constructor(readonly problem: CsvProblem) {
    super(`${problem.file}:${problem.line} ${problem.field}: ${problem.reason}`);
  }
}

export function readCsvText(text: string, file: string): SourcedRow[] {
  try {
    const records = parse(text, { columns: true, bom: true, skip_empty_lines: true, trim: true, info: true });
    return (records as ParsedRecord[]).map(({ record, info }) => ({ file, line: info.lines, cells: record }));
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = typeof error['lines'] === 'number' ? error['lines'] : 1;
    throw new CsvSyntaxError({ file, line, field: 'csv', reason: error.message });
  }
}

/** Reads every `.csv` under a folder (sorted, so loading order is stable). */
export function readCsvFolder(root: string, folder: string): SourcedRow[] {
  const directory = join(root, folder);
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((name) => name.endsWith('.csv'))
    .sort()
    .flatMap((name) => readCsvFile(root, join(folder, name)));
}

export function readCsvFile(root: string, path: string): SourcedRow[] {
  const absolute = join(root, path);
  return readCsvText(readFileSync(absolute, 'utf8'), relative(root, absolute));
}
