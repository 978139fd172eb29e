import { parseSeedDate } from '../../../domain/dates';
import { linkRowSchema, nodeRowSchema, ruleRowSchema, sourceRowSchema } from '../../../domain/rowSchemas';
import { isActorKind, nodeKinds, relationshipTypes, type NodeKind } from '../../../domain/kinds';
import type { StoredGraph, StoredNode, StoredProperty } from './storedGraph';

/** Edit bookkeeping the seed format has no column for; a restore starts it afresh. */
export const bookkeepingProperties: readonly string[] = ['version'];

/** Relationships a rule row stands for: the loader draws them from `partner` and `goalArea`. */
const ruleRelationships = new Set(['EXPECTS_PARTNER', 'CONCERNS']);

export type Cells = Record<string, string>;

/** The network in the seed layout (seed/FORMAT.md), and what could not be put there. */
export interface SeedFiles {
  /** `sources.csv`, `rules.csv`, `nodes/<kind>.csv`, `links/<type>.csv`: rows of cells by column. */
  files: Map<string, Cells[]>;
  /** Bookkeeping properties left out, by name: how often. */
  dropped: Record<string, number>;
  /** Nodes outside the network (accounts, the audit trail…), by label: how many. Only a Neo4j dump holds them. */
  leftOut: Record<string, number>;
  /** Network data the seed format cannot express; a backup with any is incomplete. */
  problems: string[];
}

export const columnsOf = {
  sources: Object.keys(sourceRowSchema.shape),
  nodes: Object.keys(nodeRowSchema.shape),
  links: Object.keys(linkRowSchema.shape),
  rules: Object.keys(ruleRowSchema.shape),
};

const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/_/g, '-').toLowerCase();
const figureName = /^[a-zA-Z][a-zA-Z0-9]*$/;

/** A stored date back in the words of the seed: a year or month when that is how precise the source was. */
function periodText(iso: string, precision: string | undefined, end: 'start' | 'end'): string | undefined {
  const written = precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : iso;
  const read = parseSeedDate(written, end);
  return typeof read === 'object' && read.iso === iso && read.precision === (precision ?? 'day') ? written : undefined;
}

class Collector {
  readonly files = new Map<string, Cells[]>();
  readonly dropped: Record<string, number> = {};
  readonly leftOut: Record<string, number> = {};
  readonly problems: string[] = [];

  add(file: string, cells: Cells): void {
    const rows = this.files.get(file) ?? [];
    rows.push(cells);
    this.files.set(file, rows);
  }

  /** Turns stored properties into cells: `rename` maps a property to its column, dates regain their precision. */
  cells(what: string, properties: StoredProperty[], columns: readonly string[], rename: Record<string, string> = {}): Cells {
    const byName = new Map(properties.map((property) => [property.name, property]));
    const cells: Cells = {};
    const figures: string[] = [];
    for (const property of properties) {
      const { name, type, value } = property;
      const column = rename[name] ?? name;
      if (name === 'validFromPrecision' || name === 'validToPrecision') continue;
      if (bookkeepingProperties.includes(name)) {
        this.dropped[name] = (this.dropped[name] ?? 0) + 1;
      } else if ((name === 'validFrom' || name === 'validTo') && type.startsWith('DATE') && typeof value === 'string') {
        const precision = byName.get(`${name}Precision`)?.value;
        const text = periodText(value, typeof precision === 'string' ? precision : undefined, name === 'validFrom' ? 'start' : 'end');
        if (text === undefined) this.problems.push(`${what}: ${name} ${value} does not match its precision ${JSON.stringify(precision ?? null)}`);
        else cells[name] = text;
      } else if (columns.includes(column) && column !== 'figures' && type.startsWith('LIST') && Array.isArray(value)) {
        cells[column] = value.map(String).join(';');
      } else if (columns.includes(column) && column !== 'figures' && (typeof value === 'string' || typeof value === 'number')) {
        cells[column] = String(value);
      } else if (columns.includes('figures') && typeof value === 'number' && Number.isInteger(value) && value >= 0 && figureName.test(name)) {
        figures.push(`${name}=${value}`);
      } else {
        this.problems.push(`${what}: property ${name} (${type}) has no column in the seed format`);
      }
    }
    if (figures.length > 0) cells['figures'] = figures.sort().join(';');
    return cells;
  }
}

function entityKind(node: StoredNode): NodeKind | undefined {
  const kind = node.properties.find((property) => property.name === 'kind')?.value;
  return nodeKinds.find((candidate) => candidate === kind);
}

function expectedLabels(kind: NodeKind): string {
  return ['Entity', kind, ...(isActorKind(kind) ? ['Actor'] : [])].sort().join(':');
}

function idOf(node: StoredNode | undefined): string {
  const id = node?.properties.find((property) => property.name === 'id')?.value;
  return typeof id === 'string' ? id : '?';
}

/** Lays the network of the stored graph out as seed files; everything else is counted, never silently lost. */
export function toSeedFiles(stored: StoredGraph): SeedFiles {
  const out = new Collector();
  out.files.set('sources.csv', []);
  out.files.set('rules.csv', []);
  const nodeByKey = new Map(stored.nodes.map((node) => [node.key, node]));
  const network = new Set<string>();
  for (const node of stored.nodes) {
    const labels = node.labels.join(':');
    if (node.labels.includes('Source')) {
      out.add('sources.csv', out.cells(`source ${idOf(node)}`, node.properties, columnsOf.sources));
    } else if (node.labels.includes('ExpectationRule')) {
      const rename = { partnerId: 'partner', goalAreaId: 'goalArea' };
      out.add('rules.csv', out.cells(`rule ${idOf(node)}`, node.properties, columnsOf.rules, rename));
    } else if (node.labels.includes('Entity')) {
      const kind = entityKind(node);
      if (kind === undefined) out.problems.push(`node ${idOf(node)}: no kind of the model`);
      else {
        if ([...node.labels].sort().join(':') !== expectedLabels(kind)) out.problems.push(`node ${idOf(node)}: labels ${labels}`);
        out.add(`nodes/${kebab(kind)}.csv`, out.cells(`node ${idOf(node)}`, node.properties, columnsOf.nodes));
      }
    } else {
      const label = node.labels[0] ?? '(no label)';
      out.leftOut[label] = (out.leftOut[label] ?? 0) + 1;
      continue;
    }
    network.add(node.key);
  }
  for (const relationship of stored.relationships) {
    const from = nodeByKey.get(relationship.from);
    const to = nodeByKey.get(relationship.to);
    if (!network.has(relationship.from) || !network.has(relationship.to)) continue;
    if (ruleRelationships.has(relationship.type) && from?.labels.includes('ExpectationRule')) continue;
    const what = `link ${relationship.type} ${idOf(from)}→${idOf(to)}`;
    if (!(relationshipTypes as readonly string[]).includes(relationship.type)) {
      out.problems.push(`${what}: not a relationship type of the seed format`);
      continue;
    }
    const cells = out.cells(what, relationship.properties, columnsOf.links);
    out.add(`links/${kebab(relationship.type)}.csv`, { ...cells, type: relationship.type, from: idOf(from), to: idOf(to) });
  }
  for (const rows of out.files.values()) rows.sort((a, b) => ((a['id'] ?? '') < (b['id'] ?? '') ? -1 : 1));
  return { files: out.files, dropped: out.dropped, leftOut: out.leftOut, problems: out.problems };
}
