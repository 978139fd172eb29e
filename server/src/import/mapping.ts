import type { SourcedRow } from '../../../domain/csvFiles';
import type { ImportFieldSet, ImportTable, ImportTableKind } from '../graphql/generated/resolvers';
import { linkColumns, nodeColumns, sourceColumns } from '../editing/rowRules';
import type { ImportTableData } from './readTables';

export const fieldsOf: Record<ImportTableKind, readonly string[]> = {
  sources: sourceColumns,
  nodes: nodeColumns,
  links: linkColumns,
};

const requiredFields: Record<ImportTableKind, readonly string[]> = {
  sources: ['id', 'title', 'citation'],
  nodes: ['id', 'kind', 'name', 'evidence', 'source', 'locator'],
  links: ['id', 'type', 'from', 'to', 'evidence', 'source', 'locator'],
};

export const importFieldSets: ImportFieldSet[] = (['sources', 'nodes', 'links'] as const).map((kind) => ({
  kind,
  required: [...requiredFields[kind]],
  optional: fieldsOf[kind].filter((field) => !requiredFields[kind].includes(field)),
}));

/** Headers compared without case, spaces, punctuation or diacritics ("Giltig från" ≈ "giltigfran"). */
function normalise(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Swedish headers people use for the seed's fields. */
const aliases: Record<string, string> = {
  namn: 'name',
  belagg: 'evidence',
  kalla: 'source',
  kallhanvisning: 'locator',
  stalle: 'locator',
  giltigfran: 'validFrom',
  giltigtill: 'validTo',
  anteckning: 'note',
  beskrivning: 'description',
  kod: 'code',
  titel: 'title',
  utgivare: 'publisher',
  ar: 'year',
  roll: 'role',
  malomraden: 'goalAreas',
  fran: 'from',
  till: 'to',
};

const tableNames: Record<string, ImportTableKind> = {
  sources: 'sources',
  kallor: 'sources',
  nodes: 'nodes',
  noder: 'nodes',
  aktorer: 'nodes',
  links: 'links',
  kopplingar: 'links',
  lankar: 'links',
};

function fieldFor(kind: ImportTableKind, column: string): string | null {
  const key = normalise(column);
  const candidate = fieldsOf[kind].find((field) => normalise(field) === key) ?? aliases[key];
  return candidate !== undefined && fieldsOf[kind].includes(candidate) ? candidate : null;
}

/** The table's kind from its name, else from its columns; null when it looks like none (an instructions sheet). */
export function guessKind(table: Pick<ImportTableData, 'name' | 'columns'>): ImportTableKind | null {
  const byName = tableNames[normalise(table.name).replace(/\d+$/, '')];
  if (byName !== undefined) return byName;
  const fields = new Set(table.columns.map(normalise));
  if (fields.has('from') && fields.has('to')) return 'links';
  if (fields.has('kind')) return 'nodes';
  if (fields.has('citation')) return 'sources';
  return null;
}

export function suggestMapping(table: ImportTableData): ImportTable {
  const kind = guessKind(table);
  return {
    name: table.name,
    rowCount: table.rows.length,
    kind,
    columns: table.columns
      .filter((column) => column !== '')
      .map((column) => ({ column, field: kind === null ? null : fieldFor(kind, column) })),
  };
}

export interface TableMapping {
  name: string;
  kind: ImportTableKind | null;
  columns: { column: string; field: string | null }[];
}

export interface MappedTable {
  name: string;
  kind: ImportTableKind;
  rows: SourcedRow[];
}

export interface MappingProblem {
  table: string;
  column: string;
  reason: string;
}

/** Renames each mapped column to its field and drops ignored ones; a field mapped twice or unknown is a problem. */
export function applyMapping(tables: ImportTableData[], mappings: TableMapping[]): { tables: MappedTable[]; problems: MappingProblem[] } {
  const problems: MappingProblem[] = [];
  const mapped: MappedTable[] = [];
  for (const mapping of mappings) {
    const table = tables.find((candidate) => candidate.name === mapping.name);
    if (table === undefined) {
      problems.push({ table: mapping.name, column: '', reason: 'no such table in the file' });
      continue;
    }
    const { kind } = mapping;
    if (kind === null) continue;
    const renames = new Map<string, string>();
    for (const { column, field } of mapping.columns) {
      if (field === null) continue;
      if (!table.columns.includes(column)) problems.push({ table: table.name, column, reason: 'no such column in the table' });
      else if (!fieldsOf[kind].includes(field)) problems.push({ table: table.name, column, reason: `"${field}" is not a field of ${kind}` });
      else if ([...renames.values()].includes(field)) problems.push({ table: table.name, column, reason: `"${field}" is mapped from two columns` });
      else renames.set(column, field);
    }
    const rows = table.rows.map((row) => ({
      ...row,
      cells: Object.fromEntries([...renames].map(([column, field]) => [field, row.cells[column] ?? ''])),
    }));
    mapped.push({ name: table.name, kind, rows });
  }
  return { tables: mapped, problems };
}

/** The command line takes the suggested mapping as it is: a column it cannot place is reported, not ignored. */
export function strictMapping(tables: ImportTableData[]): { mappings: TableMapping[]; problems: MappingProblem[] } {
  const mappings = tables.map(suggestMapping);
  const problems = mappings.flatMap((mapping) =>
    mapping.kind === null
      ? []
      : mapping.columns.filter((column) => column.field === null).map((column) => ({ table: mapping.name, column: column.column, reason: 'is not a known column' })),
  );
  return {
    mappings: mappings.map(({ name, kind, columns }) => ({
      name,
      kind: kind ?? null,
      columns: columns.map(({ column, field }) => ({ column, field: field ?? null })),
    })),
    problems,
  };
}
