import { diffElements, type NetworkDiffData } from './diffElements';

const counts = { added: 0, removed: 0, changed: 0, unchanged: 0 };

function diff(): NetworkDiffData {
  const node = (id: string, change: 'added' | 'removed' | 'changed' | 'unchanged') => ({
    change,
    addedEdgeIds: [],
    removedEdgeIds: [],
    node: { id, kind: 'Agency' as const, name: id.toUpperCase(), validFrom: null, validTo: null, provenance: { evidence: 'documented' as const } },
  });
  return {
    from: '2006-01-01',
    to: '2008-06-01',
    summary: { nodes: counts, edges: counts, memberships: counts, figures: [] },
    nodes: [node('iv', 'removed'), node('af', 'added')],
    edges: [
      {
        change: 'removed',
        edge: { id: 'e1', type: 'SUCCEEDED_BY', source: 'iv', target: 'af', validFrom: null, validTo: null, provenance: { evidence: 'documented' } },
      },
    ],
  };
}

describe('diff elements', () => {
  it('draws the union with each element carrying its change for the diff colours', () => {
    expect(diffElements(diff()).map((element) => element.data)).toEqual([
      { id: 'iv', label: 'IV', kind: 'Agency', evidence: 'documented', change: 'removed' },
      { id: 'af', label: 'AF', kind: 'Agency', evidence: 'documented', change: 'added' },
      { id: 'edge:e1', source: 'iv', target: 'af', type: 'SUCCEEDED_BY', evidence: 'documented', change: 'removed' },
    ]);
  });
});
