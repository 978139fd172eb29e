import { attributeModel, type AttributeType } from './attributeModel';
import { edgeKinds } from './edgeKinds';
import type { AttributeValue, Attributes, ExportGraph } from './types';

/** A sheet of the node or edge table: column names, the type each column holds (fixed columns are text) and the rows. */
export interface Table {
  header: string[];
  types: AttributeType[];
  /** A missing value is null. */
  rows: (AttributeValue | null)[][];
}

function attributeCells(keys: string[], attributes: Attributes): (AttributeValue | null)[] {
  return keys.map((key) => attributes[key] ?? null);
}

/** Gephi's spreadsheet importer reads Id and Label for nodes. */
export function nodeTable(graph: ExportGraph): Table {
  const model = attributeModel(graph.nodes);
  return {
    header: ['Id', 'Label', ...model.map(({ key }) => key)],
    types: ['string', 'string', ...model.map(({ type }) => type)],
    rows: graph.nodes.map((node) => [node.id, node.label, ...attributeCells(model.map(({ key }) => key), node.attributes)]),
  };
}

/**
 * Gephi reads Source, Target, Type, Id and Label for edges; Kind is the edge kind of GEXF 1.3 (the relationship
 * type), which keeps parallel links apart in Gephi.
 */
export function edgeTable(graph: ExportGraph): Table {
  const model = attributeModel(graph.edges);
  const kinds = edgeKinds(graph.edges);
  return {
    header: ['Source', 'Target', 'Type', 'Id', 'Label', 'Kind', ...model.map(({ key }) => key)],
    types: ['string', 'string', 'string', 'string', 'string', 'string', ...model.map(({ type }) => type)],
    rows: graph.edges.map((edge) => [
      edge.source,
      edge.target,
      edge.directed ? 'Directed' : 'Undirected',
      edge.id,
      edge.label,
      kinds.get(edge.id) ?? edge.label,
      ...attributeCells(model.map(({ key }) => key), edge.attributes),
    ]),
  };
}
