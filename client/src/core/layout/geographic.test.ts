import { indexNetwork } from '../graph/networkIndex';
import { aLink, aNetwork, aNode } from '../graph/testNetwork';
import { geographicPositions, project } from './geographic';

describe('the geographic layout', () => {
  const coordinates = (latitude: number, longitude: number) => [
    { key: 'latitude', value: String(latitude) },
    { key: 'longitude', value: String(longitude) },
  ];
  const network = aNetwork(
    [
      aNode('municipality-1280', 'Municipality', { properties: coordinates(55.6, 13.0) }),
      aNode('municipality-1281', 'Municipality', { properties: coordinates(55.7, 13.2) }),
      aNode('county-12', 'County'),
      aNode('county-council-12', 'CountyCouncil'),
      aNode('body-lauc', 'Body'),
      aNode('ams', 'Agency'),
      aNode('goal-employment', 'GoalArea'),
    ],
    [
      aLink('LOCATED_IN', 'municipality-1280', 'county-12'),
      aLink('LOCATED_IN', 'municipality-1281', 'county-12'),
      aLink('LOCATED_IN', 'county-council-12', 'county-12'),
      aLink('COVERS', 'body-lauc', 'municipality-1280'),
    ],
  );
  const positions = geographicPositions(indexNetwork(network));

  const distance = (id: string, to: { x: number; y: number }) => Math.hypot((positions.get(id)?.x ?? Infinity) - to.x, (positions.get(id)?.y ?? Infinity) - to.y);
  const malmo = project(55.6, 13.0);
  const lund = project(55.7, 13.2);

  it('puts municipalities at their coordinates, north up, moved at most a marker aside where they crowd', () => {
    expect(distance('municipality-1280', malmo)).toBeLessThan(22);
    expect(distance('municipality-1281', lund)).toBeLessThan(22);
    expect(project(60, 15).y).toBeLessThan(project(55, 15).y);
  });

  it('puts a county near the centre of its municipalities and others near what they are linked to', () => {
    expect(distance('county-12', { x: (malmo.x + lund.x) / 2, y: (malmo.y + lund.y) / 2 })).toBeLessThan(40);
    expect(distance('body-lauc', malmo)).toBeLessThan(50);
  });

  it('leaves no two markers on top of each other, even where they share a centroid', () => {
    const placed = [...positions.values()];
    const closest = Math.min(...placed.flatMap((p, i) => placed.slice(i + 1).map((q) => Math.hypot(p.x - q.x, p.y - q.y))));
    // The smallest markers here are 22 px wide.
    expect(closest).toBeGreaterThanOrEqual(22);
  });

  it('gives every node a position, the unplaceable ones west of the map', () => {
    expect(positions.size).toBe(network.nodes.length);
    expect(positions.get('ams')?.x).toBeLessThan(project(60, 11).x);
  });
});
