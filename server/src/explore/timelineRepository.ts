import type { Database } from '../db/database';
import { toPlainRecord } from '../db/mappers';
import type { NodeKind, RelationshipType, Timeline, TimelineEvent } from '../graphql/generated/resolvers';
import { nodeKinds, relationshipTypes } from '../../../domain/kinds';
import { optionalTextOf, textOf, type PlainMap } from './rows';

function member<T extends string>(values: readonly T[], value: string | null): T | null {
  return values.find((candidate) => candidate === value) ?? null;
}

function toEvent(row: PlainMap): TimelineEvent {
  return {
    date: textOf(row, 'date'),
    change: textOf(row, 'change') === 'ends' ? 'ends' : 'starts',
    factDate: textOf(row, 'factDate'),
    precision: optionalTextOf(row, 'precision'),
    nodeId: optionalTextOf(row, 'nodeId'),
    kind: member<NodeKind>(nodeKinds, optionalTextOf(row, 'kind')),
    name: optionalTextOf(row, 'name'),
    edgeId: optionalTextOf(row, 'edgeId'),
    type: member<RelationshipType>(relationshipTypes, optionalTextOf(row, 'type')),
    fromName: optionalTextOf(row, 'fromName'),
    toName: optionalTextOf(row, 'toName'),
  };
}

/** Every dated change of the network, in date order. */
export async function fetchTimeline(database: Database): Promise<Timeline> {
  const records = await database.read(async (tx) => (await tx.run('explore/timeline')).records);
  const events = records.map((record) => toEvent(toPlainRecord(record.toObject())));
  return { first: events[0]?.date ?? null, last: events.at(-1)?.date ?? null, events };
}
