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

  it('puts municipalities at their coordinates, north up', () => {
    expect(positions.get('municipality-1280')).toEqual(project(55.6, 13.0));
    expect(project(60, 15).y).toBeLessThan(project(55, 15).y);
  });

  it('puts a county at the centre of its municipalities and others near what they are linked to', () => {
    const malmo = project(55.6, 13.0);
    const lund = project(55.7, 13.2);
    expect(positions.get('county-12')).toEqual({ x: (malmo.x + lund.x) / 2, y: (malmo.y + lund.y) / 2 });
    const body = positions.get('body-lauc');
    expect(Math.hypot((body?.x ?? 0) - malmo.x, (body?.y ?? 0) - malmo.y)).toBeLessThan(30);
  });

  it('gives every node a position, the unplaceable ones west of the map', () => {
    expect(positions.size).toBe(network.nodes.length);
    expect(positions.get('ams')?.x).toBeLessThan(project(60, 11).x);
  });
});
