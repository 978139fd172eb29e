import type { CsvProblem } from '../../../domain/csvFiles';
import type { LinkRow, NodeRow, SourceRow } from '../../../domain/rowSchemas';
import { linkParameters, nodeParameters, sourceParameters } from '../dataset/toParameters';
import { linkEndProblem, sourceFactsOf, sourceRuleProblems, type Located, type SourceFacts } from '../../../domain/validate';
import type { NamedTransaction } from '../db/database';
import { toPlainRecord } from '../db/mappers';
import type { ImportPhase } from '../graphql/generated/resolvers';
import type { NodeKind } from '../../../domain/kinds';
import { changeBetween, fieldChanges, versionOf, type Change, type AuditState } from '../audit/auditStates';
import { readLinks, readNodes, readSources } from '../editing/entityStore';
import { checkLinkCells, checkNodeCells, checkSourceCells } from '../editing/rowRules';
import type { MappedTable } from './mapping';

export interface PlannedChange {
  change: Change;
  table: string;
  row: number;
}

export interface ImportPlan {
  changes: PlannedChange[];
  unchanged: number;
  problems: CsvProblem[];
}

export type Progress = (phase: ImportPhase, processed: number, total: number) => void;

const chunkSize = 2_000;

/** Lets the event loop answer progress questions between chunks of a large file. */
export const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

interface CheckedRows {
  sources: Located<SourceRow>[];
  nodes: Located<NodeRow>[];
  links: Located<LinkRow>[];
}

async function checkRows(tables: MappedTable[], problems: CsvProblem[], progress: Progress): Promise<CheckedRows> {
  const checked: CheckedRows = { sources: [], nodes: [], links: [] };
  const total = tables.reduce((sum, table) => sum + table.rows.length, 0);
  let processed = 0;
  for (const table of tables) {
    for (const { file, line, cells } of table.rows) {
      const place = { file, line };
      if (table.kind === 'sources') {
        const result = checkSourceCells(cells, place);
        if (result.located === null) problems.push(...result.problems);
        else checked.sources.push(result.located);
      } else {
        const result = table.kind === 'nodes' ? checkNodeCells(cells, place) : checkLinkCells(cells, place);
        if (result.located === null) problems.push(...result.problems);
        else if (table.kind === 'nodes') checked.nodes.push(result.located as Located<NodeRow>);
        else checked.links.push(result.located as Located<LinkRow>);
      }
      processed += 1;
      if (processed % chunkSize === 0) {
        progress('validating', processed, total);
        await yieldToLoop();
      }
    }
  }
  progress('validating', total, total);
  return checked;
}

/** Keeps the first row of each id; later ones are problems that point at it. */
function firstOfEach<Row extends { id: string }>(entries: Located<Row>[], what: string, problems: CsvProblem[]): Located<Row>[] {
  const seen = new Map<string, Located<Row>>();
  for (const entry of entries) {
    const first = seen.get(entry.row.id);
    if (first === undefined) seen.set(entry.row.id, entry);
    else problems.push({ file: entry.file, line: entry.line, field: 'id', reason: `${what} id "${entry.row.id}" is already used at ${first.file} row ${first.line}` });
  }
  return [...seen.values()];
}

async function inChunks<T>(ids: string[], read: (chunk: string[]) => Promise<Map<string, T>>, progress: () => Promise<void>): Promise<Map<string, T>> {
  const unique = [...new Set(ids)];
  const found = new Map<string, T>();
  for (let start = 0; start < unique.length; start += chunkSize) {
    for (const [id, value] of await read(unique.slice(start, start + chunkSize))) found.set(id, value);
    await progress();
  }
  return found;
}

function problemAt(problems: CsvProblem[], entry: Located<unknown>, field: string, reason: string) {
  problems.push({ file: entry.file, line: entry.line, field, reason });
}

/** The change a row makes to what is stored: null when it would change nothing (importing twice is harmless). */
function changeFor(stored: AuditState | null, after: AuditState): Change | null {
  if (stored !== null && fieldChanges(stored, after).length === 0) return null;
  if ((after.target === 'node' || after.target === 'link') && stored !== null) {
    after.properties = { ...after.properties, version: (versionOf(stored) ?? 0) + 1 };
  }
  return changeBetween(stored, after);
}

/**
 * A dry run of an import: checks every row by the seed's rules and against the database (sources, ends of links,
 * kinds that cannot change) and works out what each valid row would create, change or end. Writes nothing.
 */
export async function planImport(tx: NamedTransaction, tables: MappedTable[], progress: Progress = () => undefined): Promise<ImportPlan> {
  const problems: CsvProblem[] = [];
  const checked = await checkRows(tables, problems, progress);
  const sources = firstOfEach(checked.sources, 'source', problems);
  const nodes = firstOfEach(checked.nodes, 'node', problems);
  const links = firstOfEach(checked.links, 'link', problems);

  const goalAreasOf = (entry: Located<LinkRow>) => entry.row.goalAreas?.split(';') ?? [];
  const nodeIds = [...nodes.map((entry) => entry.row.id), ...links.flatMap((entry) => [entry.row.from, entry.row.to, ...goalAreasOf(entry)])];
  const sourceIds = [...sources.map((entry) => entry.row.id), ...[...nodes, ...links].flatMap((entry) => [entry.row.source, ...(entry.row.dateSource === undefined ? [] : [entry.row.dateSource])])];
  const lookups = Math.ceil(new Set(nodeIds).size / chunkSize) + Math.ceil(links.length / chunkSize) + Math.ceil(new Set(sourceIds).size / chunkSize);
  let looked = 0;
  const step = async () => {
    looked += 1;
    progress('comparing', looked, lookups);
    await yieldToLoop();
  };
  const storedNodes = await inChunks(nodeIds, (chunk) => readNodes(tx, chunk), step);
  const storedLinks = await inChunks(links.map((entry) => entry.row.id), (chunk) => readLinks(tx, chunk), step);
  const storedSources = await inChunks(sourceIds, (chunk) => readSources(tx, chunk), step);

  const importedSources = new Set(sources.map((entry) => entry.row.id));
  const importedKinds = new Map<string, NodeKind>(nodes.map((entry) => [entry.row.id, entry.row.kind]));
  const kindOf = (id: string) => importedKinds.get(id) ?? storedNodes.get(id)?.kind;
  const importedSourceRows = new Map(sources.map((entry) => [entry.row.id, entry.row]));
  const sourceOf = (id: string): SourceFacts | undefined => {
    const stored = storedSources.get(id);
    return importedSourceRows.get(id) ?? (stored === undefined ? undefined : sourceFactsOf(id, stored.properties));
  };
  for (const entry of [...nodes, ...links]) {
    if (!importedSources.has(entry.row.source) && !storedSources.has(entry.row.source)) {
      problemAt(problems, entry, 'source', `no source "${entry.row.source}" in the file or the database`);
    }
    // The seed's rules of sourcing: a row as strong as its source, pointing into it (domain/validate.ts).
    for (const { field, reason } of sourceRuleProblems(entry.row, sourceOf)) problemAt(problems, entry, field, reason);
  }
  for (const entry of nodes) {
    const stored = storedNodes.get(entry.row.id);
    if (stored !== undefined && stored.kind !== entry.row.kind) {
      problemAt(problems, entry, 'kind', `"${entry.row.id}" is stored as a ${stored.kind}; a node's kind cannot change`);
    }
  }
  for (const entry of links) {
    for (const end of ['from', 'to'] as const) {
      const kind = kindOf(entry.row[end]);
      const reason = kind === undefined ? `no node "${entry.row[end]}" in the file or the database` : linkEndProblem(entry.row.type, end, kind);
      if (reason !== undefined) problemAt(problems, entry, end, reason);
    }
    for (const goal of goalAreasOf(entry)) {
      if (kindOf(goal) !== 'GoalArea') problemAt(problems, entry, 'goalAreas', `"${goal}" is not a goal area`);
    }
    const stored = storedLinks.get(entry.row.id);
    for (const field of ['type', 'from', 'to'] as const) {
      if (stored !== undefined && stored[field] !== entry.row[field]) {
        problemAt(problems, entry, field, `link "${entry.row.id}" is stored with ${field} ${stored[field]}; end it and add a new link instead`);
      }
    }
  }

  const invalid = new Set(problems.map((problem) => `${problem.file}\u0000${problem.line}`));
  const valid = <Row>(entry: Located<Row>) => !invalid.has(`${entry.file}\u0000${entry.line}`);
  const planned: PlannedChange[] = [];
  let unchanged = 0;
  const plan = (entry: Located<unknown>, stored: AuditState | null, after: AuditState) => {
    const change = changeFor(stored, after);
    if (change === null) unchanged += 1;
    else planned.push({ change, table: entry.file, row: entry.line });
  };
  for (const entry of sources.filter(valid)) {
    const stored = storedSources.get(entry.row.id) ?? null;
    const properties = { ...stored?.properties, ...toPlainRecord(sourceParameters(entry)) };
    plan(entry, stored, { target: 'source', id: entry.row.id, label: entry.row.title, properties });
  }
  for (const entry of nodes.filter(valid)) {
    const stored = storedNodes.get(entry.row.id) ?? null;
    const properties = { ...stored?.properties, ...toPlainRecord(nodeParameters(entry).properties), id: entry.row.id, version: 1 };
    plan(entry, stored, { target: 'node', id: entry.row.id, kind: entry.row.kind, properties });
  }
  for (const entry of links.filter(valid)) {
    const stored = storedLinks.get(entry.row.id) ?? null;
    const properties = { ...stored?.properties, ...toPlainRecord(linkParameters(entry).properties), version: 1 };
    const { id, type, from, to } = entry.row;
    plan(entry, stored, { target: 'link', id, type, from, to, properties });
  }
  return { changes: planned, unchanged, problems: problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line) };
}

