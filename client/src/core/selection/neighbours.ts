export type Direction = 'left' | 'right' | 'up' | 'down';

export interface Placed {
  id: string;
  x: number;
  y: number;
}

const angles: Record<Direction, number> = { right: 0, down: Math.PI / 2, left: Math.PI, up: -Math.PI / 2 };

/**
 * The neighbour to move to with an arrow key: the one whose direction from here is closest to the arrow's,
 * preferring nearer ones; within a 90-degree cone first, otherwise whichever lies most that way.
 */
export function neighbourInDirection(from: Placed, neighbours: readonly Placed[], direction: Direction): string | null {
  const target = angles[direction];
  let best: { id: string; score: number; inCone: boolean } | null = null;
  for (const neighbour of neighbours) {
    if (neighbour.id === from.id) continue;
    const dx = neighbour.x - from.x;
    const dy = neighbour.y - from.y;
    const distance = Math.hypot(dx, dy);
    const off = distance === 0 ? Math.PI : Math.abs(Math.atan2(Math.sin(Math.atan2(dy, dx) - target), Math.cos(Math.atan2(dy, dx) - target)));
    const inCone = off <= Math.PI / 4;
    const score = inCone ? distance * (1 + off) : off;
    if (best === null || (inCone && !best.inCone) || (inCone === best.inCone && score < best.score)) best = { id: neighbour.id, score, inCone };
  }
  return best?.id ?? null;
}
