import { attributeModel, plainText, type AttributeDeclaration } from './attributeModel';
import { edgeKinds } from './edgeKinds';
import type { Manifest } from './manifest';
import type { Attributes, ExportEdge, ExportGraph, ExportNode, NodeViz, Spell } from './types';
import { attributes, textElement, xmlDocument, type XmlElement } from './xml';

export interface GexfOptions {
  /** Write each element's validity as a spell, for Gephi's timeline. */
  dynamic: boolean;
  /** Positions, colours and sizes from the current view, by node id. */
  viz?: ReadonlyMap<string, NodeViz> | undefined;
}

/** GEXF edges carry their weight as an XML attribute; an attribute of the same name would clash in Gephi. */
const edgeOmitted = ['weight'];

/** GEXF 1.3 lists: [a, b] with every item quoted, so commas inside an item survive. */
function gexfValue(declaration: AttributeDeclaration, value: Attributes[string]): string {
  if (declaration.type === 'liststring') {
    const items = Array.isArray(value) ? value : [String(value)];
    return `[${items.map((item) => JSON.stringify(item)).join(', ')}]`;
  }
  return plainText(value);
}

function declarations(elementClass: 'node' | 'edge', model: AttributeDeclaration[]): XmlElement {
  return {
    ...attributes({ class: elementClass, mode: 'static' }),
    attribute: model.map(({ key, type }) => attributes({ id: key, title: key, type })),
  };
}

function values(model: AttributeDeclaration[], elementAttributes: Attributes): XmlElement {
  const attvalue = model.flatMap((declaration) => {
    const value = elementAttributes[declaration.key];
    return value === undefined ? [] : [attributes({ for: declaration.key, value: gexfValue(declaration, value) })];
  });
  return attvalue.length === 0 ? {} : { attvalues: { attvalue } };
}

function spells(spell: Spell): XmlElement {
  const bounds: Record<string, string> = {};
  if (spell.start !== null) bounds['start'] = spell.start;
  if (spell.end !== null) bounds['end'] = spell.end;
  return { spells: { spell: attributes(bounds) } };
}

/** GEXF 1.3 colours as r, g, b and a: NetworkX reads only those, Gephi and Gephi Lite read them too. */
function colour(hex: string): XmlElement {
  const channel = (offset: number) => String(Number.parseInt(hex.slice(offset, offset + 2), 16));
  return attributes({ r: channel(1), g: channel(3), b: channel(5), a: '1.0' });
}

function vizElements(viz: NodeViz | undefined): XmlElement {
  if (viz === undefined) return {};
  return {
    ...(viz.color === undefined ? {} : { 'viz:color': colour(viz.color) }),
    // The view's y axis points down, Gephi's up: flipped so the drawing opens the same way up.
    'viz:position': attributes({ x: String(viz.x), y: String(viz.y === 0 ? 0 : -viz.y), z: '0' }),
    ...(viz.size === undefined ? {} : { 'viz:size': attributes({ value: String(viz.size) }) }),
  };
}

function nodeElement(node: ExportNode, model: AttributeDeclaration[], options: GexfOptions): XmlElement {
  return {
    ...attributes({ id: node.id, label: node.label }),
    ...values(model, node.attributes),
    ...(options.dynamic ? spells(node.spell) : {}),
    ...vizElements(options.viz?.get(node.id)),
  };
}

function edgeElement(edge: ExportEdge, kind: string, model: AttributeDeclaration[], defaultType: string, options: GexfOptions): XmlElement {
  const xmlAttributes: Record<string, string> = { id: edge.id, source: edge.source, target: edge.target, label: edge.label, kind };
  const type = edge.directed ? 'directed' : 'undirected';
  if (type !== defaultType) xmlAttributes['type'] = type;
  const weight = edge.attributes['weight'];
  if (typeof weight === 'number') xmlAttributes['weight'] = String(weight);
  return { ...attributes(xmlAttributes), ...values(model, edge.attributes), ...(options.dynamic ? spells(edge.spell) : {}) };
}

function graphAttributes(graph: ExportGraph, manifest: Manifest, options: GexfOptions): Record<string, string> {
  const undirected = graph.edges.length > 0 && graph.edges.every((edge) => !edge.directed);
  const result: Record<string, string> = { defaultedgetype: undirected ? 'undirected' : 'directed', mode: options.dynamic ? 'dynamic' : 'static' };
  if (options.dynamic) {
    result['timeformat'] = 'date';
    result['timerepresentation'] = 'interval';
    if (manifest.from !== null) result['start'] = manifest.from;
    if (manifest.to !== null) result['end'] = manifest.to;
  }
  return result;
}

/** A GEXF 1.3 document with typed attributes declared; the manifest travels in the meta description. */
export function gexfDocument(graph: ExportGraph, manifest: Manifest, options: GexfOptions): string {
  const nodeModel = attributeModel(graph.nodes);
  const edgeModel = attributeModel(graph.edges, edgeOmitted);
  const graphXml = graphAttributes(graph, manifest, options);
  const defaultType = graphXml['defaultedgetype'] ?? 'directed';
  const kinds = edgeKinds(graph.edges);
  return xmlDocument('gexf', {
    ...attributes({
      xmlns: 'http://gexf.net/1.3',
      'xmlns:viz': 'http://gexf.net/1.3/viz',
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation': 'http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd',
      version: '1.3',
    }),
    meta: {
      creator: textElement(`${manifest.app.name} ${manifest.app.version}`),
      keywords: textElement(`snapshot ${manifest.snapshotId}, ${manifest.title}`),
      description: textElement(`${manifest.suggestedCitation}\n\nManifest: ${JSON.stringify(manifest, null, 2)}`),
    },
    graph: {
      ...attributes(graphXml),
      attributes: [declarations('node', nodeModel), declarations('edge', edgeModel)],
      nodes: { node: graph.nodes.map((node) => nodeElement(node, nodeModel, options)) },
      edges: { edge: graph.edges.map((edge) => edgeElement(edge, kinds.get(edge.id) ?? edge.label, edgeModel, defaultType, options)) },
    },
  });
}
