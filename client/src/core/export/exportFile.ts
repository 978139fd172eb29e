import type { Core } from 'cytoscape';
import type { NodeKind } from '../../graphql/generated/graphql';
import { kindStyle } from '../graph/kindStyle';
import { errorOfAnswer } from '../data/errors';
import { fileNameOf, saveBlob } from './download';

export type DataFormat = 'gexf' | 'gexf-dynamic' | 'graphml' | 'csv' | 'json' | 'cyjs' | 'xlsx' | 'bibtex' | 'ris' | 'csl-json';

interface NodeView {
  x: number;
  y: number;
  color?: string;
  size?: number;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Where each drawn node is and its colour and size, so GEXF and Cytoscape files open looking like the screen. */
export function currentView(cy: Core | null): Record<string, NodeView> {
  if (cy === null) return {};
  const view: Record<string, NodeView> = {};
  cy.nodes(':visible').forEach((node) => {
    const { x, y } = node.position();
    const style = kindStyle[node.data('kind') as NodeKind] as (typeof kindStyle)[NodeKind] | undefined;
    view[node.id()] = { x: round(x), y: round(y), ...(style === undefined ? {} : { color: style.color, size: style.size }) };
  });
  return view;
}

/** Asks the server for the file (sending the current view) and saves it under the name the server gives. */
export async function downloadExport(format: DataFormat, query: string, view: Record<string, NodeView>): Promise<string> {
  const response = await fetch(`/export/${format}?${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: '*/*' },
    body: JSON.stringify(Object.keys(view).length === 0 ? {} : { viz: { nodes: view } }),
  });
  if (!response.ok) throw errorOfAnswer(response.status, await response.text());
  const fileName = fileNameOf(response, `samverkan.${format}`);
  saveBlob(await response.blob(), fileName);
  return fileName;
}
