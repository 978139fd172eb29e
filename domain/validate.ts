import type { z } from 'zod';
import { relationshipEndpoints, type NodeKind, type RelationshipType } from './kinds';
import { cellCaps, textProblem } from './textRule';
import type { CsvProblem, SourcedRow } from './csvFiles';
import { parseSeedDate, type SeedDate } from './dates';
import {
  linkRowSchema,
  nodeRowSchema,
  ruleRowSchema,
  sourceRowSchema,
  type LinkRow,
  type NodeRow,
  type RuleRow,
  type SourceRow,
} from './rowSchemas';

export interface Located<Row> {
  file: string;
  line: number;
  row: Row;
  validFrom?: SeedDate;
  validTo?: SeedDate;
}

export interface SeedRows {
  sources: SourcedRow[];
  nodes: SourcedRow[];
  links: SourcedRow[];
  rules: SourcedRow[];
}

export interface ValidSeed {
  sources: Located<SourceRow>[];
  nodes: Located<NodeRow>[];
  links: Located<LinkRow>[];
  rules: Located<RuleRow>[];
}

export type ValidationResult = { ok: true; seed: ValidSeed } | { ok: false; problems: CsvProblem[] };

/** The text rule every input follows (characters XML can hold, lengths the database can index), cell by cell. */
function cellProblems({ file, line, cells }: SourcedRow): CsvProblem[] {
  return Object.entries(cells).flatMap(([field, value]) => {
    const reason = textProblem(value, cellCaps(field));
    return reason === undefined ? [] : [{ file, line, field, reason }];
  });
}

/** Checks each row against its schema; exported so imports and edits apply the very same rules. */
export function checkRows<Row>(rows: SourcedRow[], schema: z.ZodType<Row>, problems: CsvProblem[]): Located<Row>[] {
  const valid: Located<Row>[] = [];
  for (const row of rows) {
    const { file, line, cells } = row;
    const textProblems = cellProblems(row);
    if (textProblems.length > 0) {
      problems.push(...textProblems);
      continue;
    }
    const parsed = schema.safeParse(cells);
    if (parsed.success) {
      valid.push({ file, line, row: parsed.data });
      continue;
    }
    for (const issue of parsed.error.issues) {
      const field = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => key || '(a column without a name)').join(', ') : issue.path.join('.');
      const reason = issue.code === 'unrecognized_keys' ? 'is not a known column' : issue.message;
      problems.push({ file, line, field, reason });
    }
  }
  return valid;
}

interface Dated {
  validFrom?: string | undefined;
  validTo?: string | undefined;
}

/** Reads the validity window; a problem is reported when a date is not real or the window runs backwards. */
export function withDates<Row extends Dated>(entry: Located<Row>, problems: CsvProblem[]): Located<Row> {
  const problem = (field: string, reason: string) => problems.push({ file: entry.file, line: entry.line, field, reason });
  const from = entry.row.validFrom === undefined ? undefined : parseSeedDate(entry.row.validFrom, 'start');
  const to = entry.row.validTo === undefined ? undefined : parseSeedDate(entry.row.validTo, 'end');
  if (typeof from === 'string') problem('validFrom', from);
  if (typeof to === 'string') problem('validTo', to);
  const validFrom = typeof from === 'object' ? from : undefined;
  const validTo = typeof to === 'object' ? to : undefined;
  if (validFrom !== undefined && validTo !== undefined && validFrom.iso > validTo.iso) {
    problem('validTo', `ends (${validTo.iso}) before it starts (${validFrom.iso})`);
  }
  return { ...entry, validFrom, validTo };
}

function checkUnique<Row extends { id: string }>(entries: Located<Row>[], what: string, problems: CsvProblem[]): void {
  const seen = new Map<string, Located<Row>>();
  for (const entry of entries) {
    const first = seen.get(entry.row.id);
    if (first === undefined) seen.set(entry.row.id, entry);
    else {
      problems.push({
        file: entry.file,
        line: entry.line,
        field: 'id',
        reason: `${what} id "${entry.row.id}" is already used at ${first.file}:${first.line}`,
      });
    }
  }
}

/** Rules of a node row that need no other row: which kinds may carry a body or agreement type. */
export function nodeRowProblems(row: NodeRow): { field: string; reason: string }[] {
  const problems: { field: string; reason: string }[] = [];
  if (row.bodyType !== undefined && row.kind !== 'Body') problems.push({ field: 'bodyType', reason: 'only a Body has a body type' });
  if (row.agreementType !== undefined && row.kind !== 'Agreement') {
    problems.push({ field: 'agreementType', reason: 'only an Agreement has an agreement type' });
  }
  return problems;
}

interface DateProvenance extends Dated {
  dateSource?: string | undefined;
  dateLocator?: string | undefined;
  dateDerivation?: string | undefined;
}

/** A date's own provenance must be whole (a source with its place) and must be about dates the row has. */
export function dateProvenanceProblems(row: DateProvenance): { field: string; reason: string }[] {
  const problems: { field: string; reason: string }[] = [];
  if (row.dateSource !== undefined && row.dateLocator === undefined) {
    problems.push({ field: 'dateLocator', reason: 'is required with a dateSource: where in it the dates are' });
  }
  if (row.dateLocator !== undefined && row.dateSource === undefined) {
    problems.push({ field: 'dateSource', reason: 'is required with a dateLocator' });
  }
  if (row.validFrom === undefined && row.validTo === undefined) {
    for (const field of ['dateSource', 'dateDerivation'] as const) {
      if (row[field] !== undefined) problems.push({ field, reason: 'gives the provenance of dates the row does not have' });
    }
  }
  return problems;
}

/** Why a link of this type cannot have a node of this kind at this end, or undefined when it can. */
export function linkEndProblem(type: RelationshipType, end: 'from' | 'to', kind: NodeKind): string | undefined {
  if (relationshipEndpoints[type][end].includes(kind)) return undefined;
  return `a ${type} link cannot ${end === 'from' ? 'start at' : 'end at'} a ${kind}`;
}

/** Validates every row and every reference between files; nothing is written unless this passes. */
export function validateSeed(rows: SeedRows): ValidationResult {
  const problems: CsvProblem[] = [];
  const sources = checkRows(rows.sources, sourceRowSchema, problems);
  const nodes = checkRows(rows.nodes, nodeRowSchema, problems).map((entry) => withDates(entry, problems));
  const links = checkRows(rows.links, linkRowSchema, problems).map((entry) => withDates(entry, problems));
  const rules = checkRows(rows.rules, ruleRowSchema, problems).map((entry) => withDates(entry, problems));

  checkUnique(sources, 'source', problems);
  checkUnique(nodes, 'node', problems);
  checkUnique(links, 'link', problems);
  checkUnique(rules, 'rule', problems);

  const sourceIds = new Set(sources.map((entry) => entry.row.id));
  const kindById = new Map<string, NodeKind>(nodes.map((entry) => [entry.row.id, entry.row.kind]));
  const problemAt = (entry: Located<unknown>, field: string, reason: string) =>
    problems.push({ file: entry.file, line: entry.line, field, reason });

  for (const entry of [...nodes, ...links, ...rules]) {
    if (!sourceIds.has(entry.row.source)) problemAt(entry, 'source', `no source "${entry.row.source}" in sources`);
    for (const { field, reason } of dateProvenanceProblems(entry.row)) problemAt(entry, field, reason);
    const { dateSource } = entry.row;
    if (dateSource !== undefined && !sourceIds.has(dateSource)) problemAt(entry, 'dateSource', `no source "${dateSource}" in sources`);
  }
  for (const entry of nodes) {
    for (const { field, reason } of nodeRowProblems(entry.row)) problemAt(entry, field, reason);
  }
  for (const entry of links) {
    for (const end of ['from', 'to'] as const) {
      const kind = kindById.get(entry.row[end]);
      const endProblem = kind === undefined ? `no node "${entry.row[end]}"` : linkEndProblem(entry.row.type, end, kind);
      if (endProblem !== undefined) problemAt(entry, end, endProblem);
    }
    for (const goal of entry.row.goalAreas?.split(';') ?? []) {
      if (kindById.get(goal) !== 'GoalArea') problemAt(entry, 'goalAreas', `"${goal}" is not a goal area`);
    }
  }
  for (const entry of rules) {
    if (kindById.get(entry.row.partner) !== 'Agency') problemAt(entry, 'partner', `"${entry.row.partner}" is not an agency`);
    if (kindById.get(entry.row.goalArea) !== 'GoalArea') problemAt(entry, 'goalArea', `"${entry.row.goalArea}" is not a goal area`);
  }

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, seed: { sources, nodes, links, rules } };
}

export function formatProblems(problems: CsvProblem[]): string {
  return problems.map((problem) => `${problem.file}:${problem.line} ${problem.field}: ${problem.reason}`).join('\n');
}
