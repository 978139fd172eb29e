import type { NetworkData } from './elements';
import { toElements } from './elements';

const provenance = { evidence: 'documented' as const, sourceId: 'sou-2007-104', locator: 'lines 1-2', note: null };

function network(): NetworkData {
  const node = (id: string, kind: 'Municipality' | 'Body') => ({
    id,
    kind,
    name: id,
    validFrom: null,
    validTo: null,
    provenance,
    properties: [],
  });
  const edge = (id: string, source: string, target: string) => ({
    id,
    type: 'MEMBER_OF' as const,
    source,
    target,
    validFrom: null,
    validTo: null,
    provenance,
    properties: [],
  });
  return {
    asOf: null,
    nodes: [node('malmo', 'Municipality'), node('lauc', 'Body')],
    edges: [edge('m1', 'malmo', 'lauc'), edge('dangling', 'malmo', 'not-shown')],
  };
}

describe('toElements', () => {
  it('keeps every node with its kind and evidence for styling', () => {
    const nodes = toElements(network()).filter((element) => element.group === 'nodes');
    expect(nodes.map((element) => element.data)).toEqual([
      { id: 'malmo', label: 'malmo', kind: 'Municipality', evidence: 'documented' },
      { id: 'lauc', label: 'lauc', kind: 'Body', evidence: 'documented' },
    ]);
  });

  it('drops edges whose other end is not shown', () => {
    const edges = toElements(network()).filter((element) => element.group === 'edges');
    expect(edges.map((element) => element.data.id)).toEqual(['edge:m1']);
  });
});
