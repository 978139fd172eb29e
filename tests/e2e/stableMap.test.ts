import { useBrowserApp } from '../helpers/browserApp';
import { ExplorerPageObject } from './pages/ExplorerPage';

type DrawnNode = { id: string; x: number; y: number; radius: number };

/** Pairs of nodes whose shapes overlap, so that one hides the other. */
function overlappingPairs(nodes: readonly DrawnNode[]): string[] {
  const pairs: string[] = [];
  nodes.forEach((a, i) => {
    for (const b of nodes.slice(i + 1)) if (Math.hypot(a.x - b.x, a.y - b.y) < a.radius + b.radius - 0.5) pairs.push(`${a.id} / ${b.id}`);
  });
  return pairs;
}

describe('the force layout of the explorer in a real browser', () => {
  const app = useBrowserApp();

  it.each([
    ['every date', ''],
    ['2007-06-01', '&asOf=2007-06-01'],
  ])('draws the network of %s at the same place on every load, with no node hiding another', async (_name, query) => {
    const explorer = new ExplorerPageObject(app.page);
    await explorer.open(`${app.url}/?view=explorer${query}`);
    const first = await explorer.drawnNodes();
    await explorer.open(`${app.url}/?view=explorer${query}`);
    const second = await explorer.drawnNodes();
    await app.page.screenshot({ path: `${process.env['TMPDIR'] ?? '/tmp'}/samverkan-map${query === '' ? '' : '-dated'}.png` });

    expect(first.length).toBeGreaterThan(400);
    expect(overlappingPairs(first)).toEqual([]);
    const again = new Map(second.map((node) => [node.id, node]));
    const moved = first.filter((node) => {
      const other = again.get(node.id);
      return other === undefined || Math.hypot(node.x - other.x, node.y - other.y) > 0.01;
    });
    expect(moved.map((node) => node.id)).toEqual([]);
  });

  it('keeps every node present at both dates where it was when the date changes', async () => {
    const explorer = new ExplorerPageObject(app.page);
    await explorer.open(`${app.url}/?view=explorer&asOf=2007-06-01`);
    const before = new Map((await explorer.drawnNodes()).map((node) => [node.id, node]));
    await explorer.setDate('2008-06-01');
    const after = await explorer.drawnNodes();
    const kept = after.filter((node) => before.has(node.id));
    expect(kept.length).toBeGreaterThan(400);
    const moved = kept.filter((node) => {
      const earlier = before.get(node.id);
      return earlier === undefined || Math.hypot(node.x - earlier.x, node.y - earlier.y) > 0.01;
    });
    expect(moved.map((node) => node.id)).toEqual([]);
  });
});
