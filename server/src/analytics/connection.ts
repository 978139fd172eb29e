import type { Database } from '../db/database';
import { badParameter } from '../export/parameters';
import type { ExportEdge } from '../export/types';
import type { Connection, PathLink } from '../graphql/generated/resolvers';
import { evidenceLevels, relationshipTypes, type EvidenceLevel, type RelationshipType } from '../../../domain/kinds';
import { fetchNode } from '../network/networkRepository';
import { oneOf } from '../network/toGraph';
import { analysedSnapshot, type AnalysedSnapshot, type AnalysisRequest } from './analysedSnapshot';
import { kindOf } from './metrics';
import { shortestPaths } from './paths';

/** The most shortest paths one answer lists. */
export const maxPaths = 50;

export interface PathsRequest {
  from: string;
  to: string;
  max: number;
  request: AnalysisRequest;
}

function validOn(date: string, validFrom: string | null | undefined, validTo: string | null | undefined): boolean {
  return (validFrom === null || validFrom === undefined || validFrom <= date) && (validTo === null || validTo === undefined || validTo >= date);
}

/** Why an end of a path is not in the analysed graph: it does not exist, did not exist on the date, or is not analysed. */
async function checkEnd(database: Database, snapshot: AnalysedSnapshot, argument: 'from' | 'to', id: string): Promise<void> {
  if (snapshot.graph.hasNode(id)) return;
  const node = await fetchNode(database, id);
  const { asOf, mode } = snapshot.request;
  if (node === null) throw badParameter(argument, `no node has the id "${id}"`);
  if (!validOn(asOf, node.validFrom, node.validTo)) {
    throw badParameter('asOf', `${node.name} ("${id}", the ${argument} node) is not valid on ${asOf} (valid ${node.validFrom ?? '…'} to ${node.validTo ?? '…'})`);
  }
  throw badParameter(argument, `${node.name} ("${id}") is a ${node.kind}, which the ${mode} graph leaves out`);
}

function pathLink(edge: ExportEdge): PathLink {
  const { evidence, sourceId, locator, note } = edge.attributes;
  return {
    id: edge.id,
    type: oneOf<RelationshipType>(relationshipTypes, edge.label, 'relationship type'),
    source: edge.source,
    target: edge.target,
    provenance: {
      evidence: oneOf<EvidenceLevel>(evidenceLevels, String(evidence), 'evidence'),
      sourceId: String(sourceId),
      locator: String(locator),
      note: typeof note === 'string' ? note : null,
    },
  };
}

/** The shortest paths between two nodes of the network as of a date, or the answer that they are not connected then. */
export async function connectionOf(database: Database, { from, to, max, request }: PathsRequest): Promise<Connection> {
  if (!Number.isInteger(max) || max < 1 || max > maxPaths) throw badParameter('max', `is ${max}; give a whole number from 1 to ${maxPaths}`);
  const snapshot = await analysedSnapshot(database, request);
  await checkEnd(database, snapshot, 'from', from);
  await checkEnd(database, snapshot, 'to', to);
  const { length, pathCount, paths } = shortestPaths(snapshot, from, to, max);
  return {
    asOf: request.asOf,
    mode: request.mode,
    connected: length !== null,
    length,
    pathCount,
    paths: paths.map((path) => ({
      nodes: path.nodes.map((id) => ({ id, name: snapshot.graph.getNodeAttribute(id, 'label'), kind: kindOf(snapshot, id) })),
      steps: path.steps.map((step) => ({ ...step, links: step.links.map(pathLink) })),
    })),
  };
}
