import { computeDiff } from './computeDiff';

const node = (id: string, atFrom: boolean, atTo: boolean) => ({ id, atFrom, atTo });
const edge = (id: string, source: string, target: string, relationship: string, atFrom: boolean, atTo: boolean) => ({
  id,
  source,
  target,
  relationship,
  atFrom,
  atTo,
});

describe('the diff between two dates', () => {
  const diff = computeDiff(
    [node('integrationsverket', true, false), node('malmo', true, true), node('af', false, true), node('lund', true, true)],
    [
      edge('party-iv', 'integrationsverket', 'agreement', 'PARTY_TO', true, false),
      edge('member-af', 'af', 'lauc', 'MEMBER_OF', false, true),
      edge('coop-malmo-af', 'malmo', 'af', 'COOPERATES_WITH', false, true),
      edge('located-lund', 'lund', 'county', 'LOCATED_IN', true, true),
    ],
  );

  it('marks nodes added, removed, changed (links gained or lost) or unchanged', () => {
    expect(diff.nodes.map((entry) => [entry.node.id, entry.change])).toEqual([
      ['integrationsverket', 'removed'],
      ['malmo', 'changed'],
      ['af', 'added'],
      ['lund', 'unchanged'],
    ]);
    expect(diff.nodes[1]).toMatchObject({ addedEdgeIds: ['coop-malmo-af'], removedEdgeIds: [] });
    expect(diff.nodes[0]).toMatchObject({ addedEdgeIds: [], removedEdgeIds: ['party-iv'] });
  });

  it('counts nodes, edges and memberships by change', () => {
    expect(diff.counts).toEqual({
      nodes: { added: 1, removed: 1, changed: 1, unchanged: 1 },
      edges: { added: 2, removed: 1, changed: 0, unchanged: 1 },
      memberships: { added: 1, removed: 1, changed: 0, unchanged: 0 },
    });
  });
});
