import { pairEdgeId, toGapElements } from './gapElements';
import { aGapPair } from './testPairs';

describe('the gap graph', () => {
  it('draws each municipality and partner once and one edge per pair, carrying its status', () => {
    const elements = toGapElements([
      aGapPair('a', { municipality: 'nacka', agency: 'fk' }),
      aGapPair('b', { municipality: 'nacka', agency: 'polis', status: 'linked' }),
      aGapPair('c', { municipality: 'umea', agency: 'fk', status: 'indirect' }),
    ]);
    expect(elements.filter((element) => element.group === 'nodes').map((element) => element.data)).toEqual([
      { id: 'nacka', label: 'NACKA', kind: 'Municipality', evidence: 'documented' },
      { id: 'fk', label: 'FK', kind: 'Agency', evidence: 'documented' },
      { id: 'polis', label: 'POLIS', kind: 'Agency', evidence: 'documented' },
      { id: 'umea', label: 'UMEA', kind: 'Municipality', evidence: 'documented' },
    ]);
    expect(elements.filter((element) => element.group === 'edges').map((element) => [element.data.id, String(element.data['status'])])).toEqual([
      [pairEdgeId('a'), 'missing'],
      [pairEdgeId('b'), 'linked'],
      [pairEdgeId('c'), 'indirect'],
    ]);
  });
});
