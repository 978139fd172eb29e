import type { z } from 'zod';
import type { CsvProblem } from '../../../domain/csvFiles';
import { linkRowSchema, nodeRowSchema, sourceRowSchema, type LinkRow, type NodeRow, type SourceRow } from '../../../domain/rowSchemas';
import { checkRows, nodeRowProblems, withDates, type Located } from '../../../domain/validate';
import { AppError } from '../db/errors';
import { formatValue, type StoredProperties } from '../audit/auditStates';

/** The seed's column layout (seed/FORMAT.md): edits and imports are checked by the very same rules. */
export const nodeColumns = Object.keys(nodeRowSchema.shape);
export const linkColumns = Object.keys(linkRowSchema.shape);
export const sourceColumns = Object.keys(sourceRowSchema.shape);

export interface FieldProblem {
  field: string;
  reason: string;
}

export interface RowPlace {
  file: string;
  line: number;
}

/**
 * Cells in the seed layout from stored properties, so a changed node is checked as a seed row would be;
 * an absent value is an empty cell, as in a CSV file. Figures are stored spread out and never edited here.
 */
export function cellsOf(properties: StoredProperties, columns: readonly string[]): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const column of columns.filter((name) => name !== 'figures')) {
    const value = properties[column];
    if (value === null || value === undefined) cells[column] = '';
    else cells[column] = formatValue(value) ?? '';
  }
  return cells;
}

type Checked<Row> = { located: Located<Row>; problems: [] } | { located: null; problems: CsvProblem[] };

function checkCells<Row extends { validFrom?: string | undefined; validTo?: string | undefined }>(
  cells: Record<string, string>,
  place: RowPlace,
  schema: z.ZodType<Row>,
  rowRules: (row: Row) => FieldProblem[],
): Checked<Row> {
  const problems: CsvProblem[] = [];
  const [entry] = checkRows([{ ...place, cells }], schema, problems);
  if (entry === undefined) return { located: null, problems };
  const dated = withDates(entry, problems);
  for (const { field, reason } of rowRules(entry.row)) problems.push({ ...place, field, reason });
  return problems.length === 0 ? { located: dated, problems: [] } : { located: null, problems };
}

export function checkNodeCells(cells: Record<string, string>, place: RowPlace): Checked<NodeRow> {
  return checkCells(cells, place, nodeRowSchema, nodeRowProblems);
}

export function checkLinkCells(cells: Record<string, string>, place: RowPlace): Checked<LinkRow> {
  return checkCells(cells, place, linkRowSchema, () => []);
}

export function checkSourceCells(cells: Record<string, string>, place: RowPlace): { located: Located<SourceRow> | null; problems: CsvProblem[] } {
  const problems: CsvProblem[] = [];
  const [entry] = checkRows([{ ...place, cells }], sourceRowSchema, problems);
  return { located: problems.length === 0 && entry !== undefined ? entry : null, problems };
}

/** Bad input: every problem named by its field, the first one also in `extensions.field`. */
export function invalidInput(problems: FieldProblem[]): AppError {
  return new AppError('BAD_USER_INPUT', problems.map((problem) => `${problem.field}: ${problem.reason}`).join('; '), {
    field: problems[0]?.field ?? 'input',
    problems: problems.map(({ field, reason }) => ({ field, reason })),
  });
}
