import type { Database } from '../db/database';
import { gapAndSiloFigures } from './gapSiloFigures';

/** Named numbers that describe the network on a date, such as how many expected links are missing. */
export type FigureSource = (database: Database, asOf: string) => Promise<Record<string, number>>;

export interface FigureChange {
  figure: string;
  from: number;
  to: number;
  delta: number;
}

/** The figures a diff compares between its two dates; another analysis adds its source here. */
export const figureSources: FigureSource[] = [gapAndSiloFigures];

export async function figureChanges(database: Database, from: string, to: string, sources = figureSources): Promise<FigureChange[]> {
  const changes: FigureChange[] = [];
  for (const source of sources) {
    const [before, after] = [await source(database, from), await source(database, to)];
    for (const figure of Object.keys({ ...before, ...after })) {
      const [a, b] = [before[figure] ?? 0, after[figure] ?? 0];
      changes.push({ figure, from: a, to: b, delta: b - a });
    }
  }
  return changes;
}
