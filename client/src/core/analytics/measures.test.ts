import { keptByMeasures, noMeasureFilter } from './measureFilter';
import { definitionOf, formatMeasure, measureRange } from './measures';
import { communityColour, communityPalette, measureStylesheet, nodeLooks, otherCommunityColour, sequentialColour, sizeRange, unmeasuredColour, withLooks } from './nodeStyling';
import { aStarMetrics } from './testMetrics';

const metrics = aStarMetrics();
const drawn = [...metrics.nodes.map((node) => ({ id: node.id, kind: node.kind })), { id: 'place', kind: 'County' as const }];

describe('the measures in the explorer', () => {
  it('range, format and define each measure as the server gives it', () => {
    expect(measureRange(metrics.nodes, 'betweenness')).toEqual({ min: 0, max: 0.6 });
    expect(measureRange([], 'degree')).toBeNull();
    expect(formatMeasure('degree', 3, 'en')).toBe('3');
    expect(formatMeasure('eigenvector', 0.70710678, 'en')).toBe('0.7071');
    expect(formatMeasure('eigenvector', 0.70710678, 'sv')).toBe('0,7071');
    expect(definitionOf(metrics, 'betweenness')?.normalisation).toContain('(n-1)(n-2)/2');
    expect(definitionOf(metrics, 'closeness')).toBeNull();
  });

  it('size nodes by the square root of where their value lies, keeping a body twice as wide as the kind draws it', () => {
    const looks = nodeLooks(metrics, { size: 'betweenness', colour: null }, drawn);
    expect(looks.get('body')).toMatchObject({ height: sizeRange.max, width: (sizeRange.max * 40) / 24 });
    expect(looks.get('m1')).toMatchObject({ height: sizeRange.min, width: sizeRange.min, colour: '#0072B2' });
    expect(looks.get('place')).toMatchObject({ height: 28, colour: '#BBBBBB' });
  });

  it('colour by community from the palette and by a measure on viridis, unmeasured nodes pale', () => {
    const byCommunity = nodeLooks(metrics, { size: null, colour: 'community' }, drawn);
    expect(byCommunity.get('m2')?.colour).toBe(communityPalette[0]);
    expect(byCommunity.get('a')?.colour).toBe(communityPalette[1]);
    expect(byCommunity.get('place')?.colour).toBe(unmeasuredColour);
    expect(communityColour(9)).toBe(otherCommunityColour);
    const byCloseness = nodeLooks(metrics, { size: null, colour: 'closeness' }, drawn);
    expect(byCloseness.get('body')?.colour).toBe(sequentialColour(1));
    expect(byCloseness.get('a')?.colour).toBe(sequentialColour(0));
    expect([sequentialColour(0), sequentialColour(1)]).toEqual(['#440154', '#fde725']);
  });

  it('put the looks into the node data and draw them only for what is chosen', () => {
    const elements = withLooks(
      [
        { group: 'nodes', data: { id: 'body' } },
        { group: 'edges', data: { id: 'edge:1', source: 'body', target: 'm1' } },
      ],
      nodeLooks(metrics, { size: 'degree', colour: 'community' }, drawn),
    );
    expect(elements[0]?.data).toMatchObject({ id: 'body', measureHeight: sizeRange.max, measureColour: communityPalette[0] });
    expect(elements[1]?.data).toEqual({ id: 'edge:1', source: 'body', target: 'm1' });
    expect(measureStylesheet({ size: null, colour: null })).toEqual([]);
    expect(measureStylesheet({ size: 'degree', colour: null })).toEqual([{ selector: 'node[measureHeight]', style: { width: 'data(measureWidth)', height: 'data(measureHeight)' } }]);
  });

  it('keep the top n by a measure, ties cut by id, within the k-core when one is asked for', () => {
    expect(keptByMeasures(metrics.nodes, noMeasureFilter)).toBeNull();
    expect([...(keptByMeasures(metrics.nodes, { top: { measure: 'betweenness', n: 2 }, minCore: null }) ?? [])]).toEqual(['body', 'a']);
    expect([...(keptByMeasures(metrics.nodes, { top: { measure: 'closeness', n: 3 }, minCore: null }) ?? [])]).toEqual(['body', 'm1', 'm2']);
    expect(keptByMeasures(metrics.nodes, { top: null, minCore: 2 })?.size).toBe(0);
    expect(keptByMeasures(metrics.nodes, { top: null, minCore: 1 })?.size).toBe(6);
  });
});
