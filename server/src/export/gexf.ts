import { gexfDocument } from './gexfDocument';
import type { Snapshot } from './buildSnapshot';
import type { NodeViz } from './types';

/** GEXF 1.3 for Gephi and Gephi Lite: the network on one date, with the current view's positions and colours. */
export function writeGexf(snapshot: Snapshot, viz?: ReadonlyMap<string, NodeViz>): string {
  return gexfDocument(snapshot.graph, snapshot.manifest, { dynamic: false, viz });
}
