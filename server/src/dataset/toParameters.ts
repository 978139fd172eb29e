import type neo4j from 'neo4j-driver';
import { toNeo4jDate } from '../db/mappers';
import type { LinkRow, NodeRow, RuleRow, SourceRow } from '../../../domain/rowSchemas';
import type { Located, ValidSeed } from '../../../domain/validate';

type PropertyValue = string | number | string[] | InstanceType<typeof neo4j.types.Date>;
type Properties = Record<string, PropertyValue>;

/** Drops absent values: Neo4j stores no nulls, and `SET +=` would remove a property set to null. */
function defined(entries: Record<string, PropertyValue | undefined>): Properties {
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined)) as Properties;
}

function provenanceOf(entry: Located<NodeRow | LinkRow | RuleRow>): Properties {
  return defined({
    evidence: entry.row.evidence,
    source: entry.row.source,
    locator: entry.row.locator,
    inferred: entry.row.inferred,
    dateSource: entry.row.dateSource,
    dateLocator: entry.row.dateLocator,
    dateDerivation: entry.row.dateDerivation,
    note: entry.row.note,
    validFrom: entry.validFrom && toNeo4jDate(entry.validFrom.iso),
    validFromPrecision: entry.validFrom?.precision,
    validTo: entry.validTo && toNeo4jDate(entry.validTo.iso),
    validToPrecision: entry.validTo?.precision,
  });
}

export function figuresOf(figures: string | undefined): Record<string, number> {
  if (figures === undefined) return {};
  return Object.fromEntries(
    figures.split(';').map((pair) => {
      const [name, value] = pair.split('=') as [string, string];
      return [name, Number(value)];
    }),
  );
}

export function nodeParameters({ row, ...entry }: Located<NodeRow>) {
  const {
    id,
    figures,
    validFrom: _from,
    validTo: _to,
    evidence: _e,
    source: _s,
    locator: _l,
    inferred: _i,
    dateSource: _ds,
    dateLocator: _dl,
    dateDerivation: _dd,
    note: _n,
    ...own
  } = row;
  return {
    id,
    properties: { ...figuresOf(figures), ...defined(own), ...provenanceOf({ row, ...entry }) },
  };
}

export function linkParameters({ row, ...entry }: Located<LinkRow>) {
  return {
    id: row.id,
    type: row.type,
    from: row.from,
    to: row.to,
    properties: {
      id: row.id,
      ...defined({ role: row.role, form: row.form, task: row.task, goalAreas: row.goalAreas?.split(';') }),
      ...provenanceOf({ row, ...entry }),
    },
  };
}

export function ruleParameters({ row, ...entry }: Located<RuleRow>) {
  return {
    id: row.id,
    partner: row.partner,
    goalArea: row.goalArea,
    properties: {
      id: row.id,
      subject: row.subject,
      partnerId: row.partner,
      partnerScope: row.partnerScope,
      goalAreaId: row.goalArea,
      ...provenanceOf({ row, ...entry }),
    },
  };
}

export function sourceParameters({ row }: Located<SourceRow>): Properties {
  return defined({ ...row });
}

export function seedParameters(seed: ValidSeed) {
  return {
    sources: seed.sources.map(sourceParameters),
    nodes: seed.nodes.map(nodeParameters),
    links: seed.links.map(linkParameters),
    rules: seed.rules.map(ruleParameters),
  };
}
