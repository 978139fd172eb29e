import { attributeModel, plainText, type AttributeDeclaration, type AttributeType } from './attributeModel';
import type { Snapshot } from './buildSnapshot';
import type { Attributes } from './types';
import { attributes, textElement, xmlDocument, type XmlElement } from './xml';

/** GraphML has no list type: lists are written as text joined with "; " (the manifest says so). */
const graphmlTypes: Record<AttributeType, string> = {
  string: 'string',
  liststring: 'string',
  integer: 'int',
  long: 'long',
  double: 'double',
  boolean: 'boolean',
};

type Scope = 'graph' | 'node' | 'edge';

const keyId = (scope: Scope, key: string) => `${scope[0] ?? ''}_${key}`;

function keyElements(scope: Scope, model: AttributeDeclaration[]): XmlElement[] {
  return model.map(({ key, type }) => attributes({ id: keyId(scope, key), for: scope, 'attr.name': key, 'attr.type': graphmlTypes[type] }));
}

function data(scope: Scope, model: AttributeDeclaration[], values: Attributes): XmlElement {
  const elements = model.flatMap(({ key }) => {
    const value = values[key];
    return value === undefined ? [] : [textElement(plainText(value), { key: keyId(scope, key) })];
  });
  return elements.length === 0 ? {} : { data: elements };
}

/** GraphML for igraph, NetworkX, yEd and Cytoscape desktop: every key declared with its type. */
export function writeGraphml(snapshot: Snapshot): string {
  const { graph, manifest } = snapshot;
  const graphValues: Attributes = {
    snapshotId: manifest.snapshotId,
    title: manifest.title,
    suggestedCitation: manifest.suggestedCitation,
    manifest: JSON.stringify(manifest, null, 2),
  };
  const graphModel = attributeModel([{ attributes: graphValues }]);
  const nodeModel = attributeModel(graph.nodes);
  const edgeModel = attributeModel(graph.edges);
  const directedByDefault = graph.edges.length === 0 || graph.edges.some((edge) => edge.directed);
  return xmlDocument('graphml', {
    ...attributes({
      xmlns: 'http://graphml.graphdrawing.org/xmlns',
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation': 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
    }),
    key: [...keyElements('graph', graphModel), ...keyElements('node', nodeModel), ...keyElements('edge', edgeModel)],
    graph: {
      ...attributes({ id: `samverkan-${manifest.snapshotId}`, edgedefault: directedByDefault ? 'directed' : 'undirected' }),
      ...data('graph', graphModel, graphValues),
      node: graph.nodes.map((node) => ({ ...attributes({ id: node.id }), ...data('node', nodeModel, node.attributes) })),
      edge: graph.edges.map((edge) => {
        const xmlAttributes: Record<string, string> = { id: edge.id, source: edge.source, target: edge.target };
        if (edge.directed !== directedByDefault) xmlAttributes['directed'] = String(edge.directed);
        return { ...attributes(xmlAttributes), ...data('edge', edgeModel, edge.attributes) };
      }),
    },
  });
}
