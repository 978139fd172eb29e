import { gexfDocument } from './gexfDocument';
import type { Snapshot } from './buildSnapshot';
import type { NodeViz } from './types';

/**
 * Dynamic GEXF 1.3 over a period: every node and edge carries its validity as a spell (inclusive dates, an open end
 * left out), so Gephi's timeline plays the network's history. An edge's spell is where it and both its ends hold.
 */
export function writeDynamicGexf(snapshot: Snapshot, viz?: ReadonlyMap<string, NodeViz>): string {
  return gexfDocument(snapshot.graph, snapshot.manifest, { dynamic: true, viz });
}
