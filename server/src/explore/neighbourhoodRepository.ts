import type { Database } from '../db/database';
import { AppError } from '../db/errors';
import { toPlain, toPlainRecord } from '../db/mappers';
import type { Neighbourhood, RelationshipType } from '../graphql/generated/resolvers';
import { toGraphNode } from '../network/toGraph';
import { edgeOf, mapsOf, validOn } from './rows';

/** A node's links at a date; the centre is returned even when it did not exist then, so its details can still be shown. */
export async function fetchNeighbourhood(
  database: Database,
  request: { id: string; asOf: string | null; types: RelationshipType[] | null },
): Promise<Neighbourhood> {
  const record = await database.read(async (tx) => (await tx.run('explore/neighbourhood', request)).records[0]);
  if (record === undefined) throw new AppError('NOT_FOUND', `id: no node has the id "${request.id}".`, { field: 'id' });
  const centre = toGraphNode(toPlainRecord(record.get('centre')));
  const links = mapsOf(toPlain(record.get('links')))
    .map((link) => {
      const edge = edgeOf(link);
      return { edge, direction: edge.source === centre.id ? ('outgoing' as const) : ('incoming' as const), neighbour: toGraphNode(toPlainRecord(link['neighbour'])) };
    })
    .sort((a, b) => a.edge.type.localeCompare(b.edge.type) || a.neighbour.name.localeCompare(b.neighbour.name, 'sv'));
  return { asOf: request.asOf, centre, centreValidAtDate: validOn(centre, request.asOf), links };
}
