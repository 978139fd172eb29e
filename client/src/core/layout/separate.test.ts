import { separate, type Disc } from './separate';

function overlapping(discs: readonly Disc[], placed: Map<string, { x: number; y: number }>): number {
  let count = 0;
  discs.forEach((a, i) => {
    discs.slice(i + 1).forEach((b) => {
      const p = placed.get(a.id);
      const q = placed.get(b.id);
      if (p !== undefined && q !== undefined && Math.hypot(p.x - q.x, p.y - q.y) < a.radius + b.radius - 0.5) count += 1;
    });
  });
  return count;
}

describe('separating markers that share a place', () => {
  // Thirty nodes on one centroid and a ring of places around it: what the south of the map used to be.
  const discs: Disc[] = [
    ...Array.from({ length: 30 }, (_, i) => ({ id: `body-${i}`, x: 0, y: 0, radius: 14, weight: 1 })),
    ...Array.from({ length: 12 }, (_, i) => ({ id: `place-${i}`, x: 30 * Math.cos(i), y: 30 * Math.sin(i), radius: 12, weight: 4 })),
  ];

  it('leaves no two markers on top of each other', () => {
    expect(overlapping(discs, separate(discs))).toBe(0);
  });

  it('gives the same positions every time', () => {
    expect([...separate(discs)]).toEqual([...separate(discs)]);
  });

  it('moves the heavier places less than the markers pushed off them', () => {
    const placed = separate(discs);
    const moved = (disc: Disc) => Math.hypot((placed.get(disc.id)?.x ?? 0) - disc.x, (placed.get(disc.id)?.y ?? 0) - disc.y);
    const mean = (list: Disc[]) => list.reduce((sum, disc) => sum + moved(disc), 0) / list.length;
    expect(mean(discs.filter((disc) => disc.weight === 4))).toBeLessThan(mean(discs.filter((disc) => disc.weight === 1)));
  });

  it('leaves markers that do not overlap where they are', () => {
    const apart: Disc[] = [
      { id: 'a', x: 0, y: 0, radius: 10, weight: 1 },
      { id: 'b', x: 50, y: 0, radius: 10, weight: 1 },
    ];
    expect(separate(apart).get('b')).toEqual({ x: 50, y: 0 });
  });
});
