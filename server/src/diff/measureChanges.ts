import { analysedSnapshot, type AnalysedSnapshot } from '../analytics/analysedSnapshot';
import type { MeasureName } from '../analytics/measures';
import { kindOf } from '../analytics/metrics';
import type { Database } from '../db/database';
import { AppError } from '../db/errors';
import { badParameter } from '../export/parameters';
import type { SnapshotFilter, SnapshotMode } from '../export/types';
import type { MeasureChange } from '../graphql/generated/resolvers';

export interface MeasureChangesRequest {
  from: string;
  to: string;
  measure: MeasureName;
  mode: SnapshotMode;
  filter: SnapshotFilter;
}

/** The analysed snapshot of one end, a date on which nothing is valid reported as that argument. */
async function snapshotOn(database: Database, argument: 'from' | 'to', asOf: string, mode: SnapshotMode, filter: SnapshotFilter): Promise<AnalysedSnapshot> {
  try {
    return await analysedSnapshot(database, { asOf, mode, filter });
  } catch (error) {
    if (error instanceof AppError && error.details['parameter'] === 'asOf') throw badParameter(argument, error.message.replace(/^asOf: /, ''));
    throw error;
  }
}

/**
 * Each node measured on either date with its value on both, from the same cached snapshots as networkMetrics, so
 * the two agree. Ordered by id; the view sorts.
 */
export async function measureChanges(database: Database, { from, to, measure, mode, filter }: MeasureChangesRequest): Promise<MeasureChange[]> {
  const [before, after] = await Promise.all([snapshotOn(database, 'from', from, mode, filter), snapshotOn(database, 'to', to, mode, filter)]);
  const valuesOf = (snapshot: AnalysedSnapshot) => new Map(snapshot.measures().nodes.map((node) => [node.id, node[measure]]));
  const [a, b] = [valuesOf(before), valuesOf(after)];
  const ids = [...new Set([...a.keys(), ...b.keys()])].sort();
  return ids.map((id) => {
    const snapshot = b.has(id) ? after : before;
    const valueA = a.get(id) ?? null;
    const valueB = b.get(id) ?? null;
    return {
      id,
      name: snapshot.graph.getNodeAttribute(id, 'label'),
      kind: kindOf(snapshot, id),
      from: valueA,
      to: valueB,
      change: valueA === null || valueB === null ? null : valueB - valueA,
    };
  });
}
