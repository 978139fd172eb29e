import type { z } from 'zod';
import { relationshipEndpoints, sourceTypes, type NodeKind, type RelationshipType, type SourceType } from './kinds';
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

/** The first and last day a written date can mean: `2007` is any day of 2007. */
function span(text: string | undefined): { first: string; last: string } | undefined {
  if (text === undefined) return undefined;
  const first = parseSeedDate(text, 'start');
  const last = parseSeedDate(text, 'end');
  return typeof first === 'object' && typeof last === 'object' ? { first: first.iso, last: last.iso } : undefined;
}

/**
 * Why a link's dates lie outside the lifetime of one of its ends, or undefined. Only what the dates make certain
 * counts: a link `2001` may start in June 2001 at a node from 2001-06-01, and an open bound is not a date.
 */
export function lifetimeProblems(link: Dated, end: { id: string } & Dated, which: 'from' | 'to'): { field: string; reason: string }[] {
  const linkFrom = span(link.validFrom);
  const linkTo = span(link.validTo);
  const nodeFrom = span(end.validFrom);
  const nodeTo = span(end.validTo);
  const problems: { field: string; reason: string }[] = [];
  const node = `its ${which} end "${end.id}"`;
  if (linkFrom !== undefined && nodeFrom !== undefined && linkFrom.last < nodeFrom.first) {
    problems.push({ field: 'validFrom', reason: `starts (${link.validFrom}) before ${node} exists (from ${end.validFrom})` });
  }
  if (linkFrom !== undefined && nodeTo !== undefined && linkFrom.first > nodeTo.last) {
    problems.push({ field: 'validFrom', reason: `starts (${link.validFrom}) after ${node} has ceased (to ${end.validTo})` });
  }
  if (linkTo !== undefined && nodeTo !== undefined && linkTo.first > nodeTo.last) {
    problems.push({ field: 'validTo', reason: `ends (${link.validTo}) after ${node} has ceased (to ${end.validTo})` });
  }
  if (linkTo !== undefined && nodeFrom !== undefined && linkTo.last < nodeFrom.first) {
    problems.push({ field: 'validTo', reason: `ends (${link.validTo}) before ${node} exists (from ${end.validFrom})` });
  }
  return problems;
}

const linePlace = /^(\d+)(?:-(\d+))?$/;

/**
 * Why a locator does not point into its source, or undefined. A source with a line count (a text edition) is cited
 * by line, `lines 617-626` or several such places joined by `, ` and `; ` (`lines 896-909; line 1125`), each within
 * its lines and running forward. Other sources admit any place (a section, a table, a page).
 */
export function locatorProblem(locator: string, source: Pick<SourceRow, 'id' | 'lines'>): string | undefined {
  const { lines } = source;
  if (lines === undefined) return undefined;
  const cited = `"${source.id}" (${lines} lines), which is cited by line: "lines 617-626", "line 904; lines 1120-1127"`;
  for (const group of locator.split(/;\s*/)) {
    const words = /^lines? (.+)$/.exec(group);
    if (words === null) return `"${group}" is not a place in ${cited}`;
    for (const place of (words[1] ?? '').split(/,\s*/)) {
      const match = linePlace.exec(place);
      if (match === null) return `"${place}" is not a line or a range of lines in ${cited}`;
      const first = Number(match[1]);
      const last = match[2] === undefined ? first : Number(match[2]);
      if (first < 1 || last > lines) return `line ${first < 1 ? first : last} lies outside "${source.id}", which has ${lines} lines`;
      if (last < first) return `lines ${place} run backwards`;
    }
  }
  return undefined;
}

/**
 * A date later than its source was published is one that source cannot record: it is a plan, or it comes from
 * elsewhere. Such a date needs its own source (`dateSource`, itself published by then) or its `dateDerivation`.
 */
export function publicationProblems(
  row: DateProvenance & { source: string },
  sourceOf: (id: string) => Pick<SourceRow, 'id' | 'published'> | undefined,
): { field: string; reason: string }[] {
  if (row.dateDerivation !== undefined) return [];
  const recorder = sourceOf(row.dateSource ?? row.source);
  const published = span(recorder?.published);
  if (recorder === undefined || published === undefined) return [];
  const fix = row.dateSource === undefined ? 'give the date its own dateSource and dateLocator, or its dateDerivation' : 'give its dateDerivation';
  return (['validFrom', 'validTo'] as const).flatMap((field) => {
    const date = span(row[field]);
    if (date === undefined || date.first <= published.last) return [];
    return [{ field, reason: `${row[field]} is after "${recorder.id}" was published (${recorder.published ?? ''}), so it cannot come from it: ${fix}` }];
  });
}

/** What of a source the rules on the rows citing it read. */
export type SourceFacts = Pick<SourceRow, 'id'> & Partial<Pick<SourceRow, 'type' | 'lines' | 'published'>>;

/** A stored source's properties (a database record, an audit state) as the facts the rules read. */
export function sourceFactsOf(id: string, properties: Record<string, unknown>): SourceFacts {
  const { type, lines, published } = properties;
  return {
    id,
    ...(typeof type === 'string' && (sourceTypes as readonly string[]).includes(type) ? { type: type as SourceType } : {}),
    ...(typeof lines === 'number' ? { lines } : {}),
    ...(typeof published === 'string' ? { published } : {}),
  };
}

interface CitingRow extends DateProvenance {
  evidence: string;
  source: string;
  locator: string;
}

/**
 * The rules a row's sources set, the same for the seed, an import and an edit: a tertiary source backs no
 * documented row, a locator (and a date locator) points into its source, and a date later than its source was
 * published has its own provenance. A source not found is left to the check that it exists.
 */
export function sourceRuleProblems(row: CitingRow, sourceOf: (id: string) => SourceFacts | undefined): { field: string; reason: string }[] {
  const problems: { field: string; reason: string }[] = [];
  const source = sourceOf(row.source);
  if (source?.type === 'tertiary' && row.evidence === 'documented') {
    problems.push({ field: 'evidence', reason: `cannot be documented: "${source.id}" is a tertiary source (a compilation of others); cite the record it rests on, or lower the evidence` });
  }
  const locatorReason = source === undefined ? undefined : locatorProblem(row.locator, source);
  if (locatorReason !== undefined) problems.push({ field: 'locator', reason: locatorReason });
  if (row.dateSource !== undefined && row.dateSource === row.source) {
    problems.push({ field: 'dateSource', reason: "is the row's own source; leave it empty and the dates are read from the row's source and locator" });
  }
  const dateRecorder = row.dateSource === undefined ? undefined : sourceOf(row.dateSource);
  const dateLocatorReason = dateRecorder === undefined || row.dateLocator === undefined ? undefined : locatorProblem(row.dateLocator, dateRecorder);
  if (dateLocatorReason !== undefined) problems.push({ field: 'dateLocator', reason: dateLocatorReason });
  problems.push(...publicationProblems(row, sourceOf));
  return problems;
}

/** Why a link of this type cannot have a node of this kind at this end, or undefined when it can. */
export function linkEndProblem(type: RelationshipType, end: 'from' | 'to', kind: NodeKind): string | undefined {
  if (relationshipEndpoints[type][end].includes(kind)) return undefined;
  return `a ${type} link cannot ${end === 'from' ? 'start at' : 'end at'} a ${kind}`;
}

export interface ValidateOptions {
  /**
   * The rules of sourcing and lifetimes (a row as strong as its source, a link within its ends' lifetimes). On for
   * the seed; a backup, which holds whatever the database holds (facts entered before these rules too), is only
   * checked to read back whole.
   */
  sourceRules: boolean;
}

/** Validates every row and every reference between files; nothing is written unless this passes. */
export function validateSeed(rows: SeedRows, options: ValidateOptions = { sourceRules: true }): ValidationResult {
  const problems: CsvProblem[] = [];
  const sources = checkRows(rows.sources, sourceRowSchema, problems);
  const nodes = checkRows(rows.nodes, nodeRowSchema, problems).map((entry) => withDates(entry, problems));
  const links = checkRows(rows.links, linkRowSchema, problems).map((entry) => withDates(entry, problems));
  const rules = checkRows(rows.rules, ruleRowSchema, problems).map((entry) => withDates(entry, problems));

  checkUnique(sources, 'source', problems);
  checkUnique(nodes, 'node', problems);
  checkUnique(links, 'link', problems);
  checkUnique(rules, 'rule', problems);

  const kindById = new Map<string, NodeKind>(nodes.map((entry) => [entry.row.id, entry.row.kind]));
  const problemAt = (entry: Located<unknown>, field: string, reason: string) =>
    problems.push({ file: entry.file, line: entry.line, field, reason });

  const sourceById = new Map(sources.map((entry) => [entry.row.id, entry.row]));
  for (const entry of [...nodes, ...links, ...rules]) {
    const { row } = entry;
    if (!sourceById.has(row.source)) problemAt(entry, 'source', `no source "${row.source}" in sources`);
    for (const { field, reason } of dateProvenanceProblems(row)) problemAt(entry, field, reason);
    const { dateSource } = row;
    if (dateSource !== undefined && !sourceById.has(dateSource)) problemAt(entry, 'dateSource', `no source "${dateSource}" in sources`);
    if (options.sourceRules) for (const { field, reason } of sourceRuleProblems(row, (id) => sourceById.get(id))) problemAt(entry, field, reason);
  }
  for (const entry of nodes) {
    for (const { field, reason } of nodeRowProblems(entry.row)) problemAt(entry, field, reason);
  }
  const nodeById = new Map(nodes.map((entry) => [entry.row.id, entry.row]));
  for (const entry of links) {
    for (const end of ['from', 'to'] as const) {
      const kind = kindById.get(entry.row[end]);
      const endProblem = kind === undefined ? `no node "${entry.row[end]}"` : linkEndProblem(entry.row.type, end, kind);
      if (endProblem !== undefined) problemAt(entry, end, endProblem);
      // A succession starts when the predecessor's task goes over, that is, when the predecessor has ceased.
      const node = !options.sourceRules || (entry.row.type === 'SUCCEEDED_BY' && end === 'from') ? undefined : nodeById.get(entry.row[end]);
      for (const { field, reason } of node === undefined ? [] : lifetimeProblems(entry.row, node, end)) problemAt(entry, field, reason);
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
