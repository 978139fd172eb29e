import { countByStatus, filterOptions, filterPairs, noGapFilters, pairsOf } from './gapFilters';
import { aGapPair } from './testPairs';

const pairs = [
  aGapPair('1', { goal: 'goal-school', agency: 'msu' }),
  aGapPair('2', { status: 'linked', target: 'lan-1' }),
  aGapPair('3', { county: 'c2', target: 'lan-2' }),
];

describe('the gap filters', () => {
  it('keep everything when nothing is chosen, and narrow by each choice together', () => {
    expect(filterPairs(pairs, noGapFilters)).toHaveLength(3);
    expect(filterPairs(pairs, { ...noGapFilters, status: 'missing' }).map((pair) => pair.id)).toEqual(['1', '3']);
    expect(filterPairs(pairs, { ...noGapFilters, status: 'missing', agencyId: 'ams' }).map((pair) => pair.id)).toEqual(['3']);
    expect(filterPairs(pairs, { ...noGapFilters, countyId: 'c1', goalAreaId: 'goal-employment' }).map((pair) => pair.id)).toEqual(['2']);
  });

  it('find the pairs of a node by municipality or by expected unit', () => {
    expect(pairsOf(pairs, 'lan-2').map((pair) => pair.id)).toEqual(['3']);
    expect(pairsOf(pairs, 'm-1').map((pair) => pair.id)).toEqual(['1']);
  });

  it('count by status and offer each county, goal area and agency once, by name, goal areas in both languages', () => {
    expect(countByStatus(pairs)).toEqual({ missing: 2, indirect: 0, linked: 1 });
    expect(filterOptions(pairs)).toEqual({
      counties: [
        { id: 'c1', name: 'C1' },
        { id: 'c2', name: 'C2' },
      ],
      goalAreas: [
        { id: 'goal-employment', name: 'goal-employment', nameEn: 'goal-employment (en)' },
        { id: 'goal-school', name: 'goal-school', nameEn: 'goal-school (en)' },
      ],
      agencies: [
        { id: 'ams', name: 'ams' },
        { id: 'msu', name: 'msu' },
      ],
    });
  });
});
