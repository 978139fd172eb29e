import type { Point } from './geographic';

export interface Disc {
  id: string;
  x: number;
  y: number;
  /** Half the node's width, plus the gap wanted around it. */
  radius: number;
  /** How hard it is to move: a pair that overlaps moves apart in inverse proportion (places hold the map's shape). */
  weight: number;
}

/** A fixed direction for two discs at exactly the same point, so the result does not depend on chance. */
function tieBreak(i: number, j: number): { x: number; y: number } {
  const angle = (i * 31 + j) * 2.399963;
  return { x: Math.cos(angle), y: Math.sin(angle) };
}

/**
 * Moves discs apart until no two overlap (or the passes run out), each pair in proportion to the other's weight:
 * a deterministic collide pass, like d3-force's forceCollide without the simulation. Neighbours are found through a
 * grid of the largest diameter, so a pass costs about n. Returns the new centres by id.
 */
export function separate(discs: readonly Disc[], passes = 150): Map<string, Point> {
  const count = discs.length;
  const x = Float64Array.from(discs, (disc) => disc.x);
  const y = Float64Array.from(discs, (disc) => disc.y);
  const radius = Float64Array.from(discs, (disc) => disc.radius);
  const weight = Float64Array.from(discs, (disc) => disc.weight);
  const cell = Math.max(1, ...radius) * 2;
  // Cells are keyed by one number: columns and rows stay far below the stride for any drawable graph.
  const stride = 1 << 20;
  const cellOf = (column: number, row: number) => column * stride + row;
  for (let pass = 0; pass < passes; pass += 1) {
    const grid = new Map<number, number[]>();
    for (let i = 0; i < count; i += 1) {
      const key = cellOf(Math.floor((x[i] ?? 0) / cell), Math.floor((y[i] ?? 0) / cell));
      const members = grid.get(key);
      if (members === undefined) grid.set(key, [i]);
      else members.push(i);
    }
    let moved = false;
    for (let i = 0; i < count; i += 1) {
      const column = Math.floor((x[i] ?? 0) / cell);
      const row = Math.floor((y[i] ?? 0) / cell);
      for (let dx = -1; dx <= 1; dx += 1) {
        for (let dy = -1; dy <= 1; dy += 1) {
          for (const j of grid.get(cellOf(column + dx, row + dy)) ?? []) {
            if (j <= i) continue;
            let ux = (x[j] ?? 0) - (x[i] ?? 0);
            let uy = (y[j] ?? 0) - (y[i] ?? 0);
            const distance = Math.hypot(ux, uy);
            const overlap = (radius[i] ?? 0) + (radius[j] ?? 0) - distance;
            if (overlap <= 0.01) continue;
            if (distance < 1e-9) ({ x: ux, y: uy } = tieBreak(i, j));
            else {
              ux /= distance;
              uy /= distance;
            }
            const share = (weight[j] ?? 1) / ((weight[i] ?? 1) + (weight[j] ?? 1));
            x[i] = (x[i] ?? 0) - ux * overlap * share;
            y[i] = (y[i] ?? 0) - uy * overlap * share;
            x[j] = (x[j] ?? 0) + ux * overlap * (1 - share);
            y[j] = (y[j] ?? 0) + uy * overlap * (1 - share);
            moved = true;
          }
        }
      }
    }
    if (!moved) break;
  }
  return new Map(discs.map((disc, i) => [disc.id, { x: x[i] ?? disc.x, y: y[i] ?? disc.y }]));
}
