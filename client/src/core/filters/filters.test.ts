import { indexNetwork } from '../graph/networkIndex';
import { malmoNetwork } from '../graph/testNetwork';
import { noFilters, nodePasses, revealedBy, visibleElements, type FilterState, type Restrictions } from './filters';

const index = indexNetwork(malmoNetwork());
const allIds = index.network.nodes.map((node) => node.id);
const graph = {
  nodeIds: allIds,
  edges: index.network.edges.map((edge) => ({ id: edge.id, source: edge.source, target: edge.target, evidence: edge.provenance.evidence })),
};
const free: Restrictions = { hidden: [], focus: null, pinned: [] };

function shown(filters: Partial<FilterState>, restrictions: Partial<Restrictions> = {}) {
  const all = { ...noFilters, ...filters };
  return visibleElements(graph, (id) => nodePasses(index, id, all), all, { ...free, ...restrictions });
}

describe('filter logic', () => {
  it('shows everything without filters, and counts it', () => {
    expect(shown({}).counts).toEqual({ nodesShown: 11, nodesTotal: 11, edgesShown: 12, edgesTotal: 12 });
  });

  it('hides a kind, and the links to it', () => {
    const result = shown({ hiddenKinds: ['Agency'] });
    expect(result.nodes.has('forsakringskassan')).toBe(false);
    expect(result.counts).toEqual({ nodesShown: 9, nodesTotal: 11, edgesShown: 8, edgesTotal: 12 });
  });

  it('hides proposed nodes and proposed links', () => {
    const result = shown({ hiddenEvidence: ['proposed'] });
    expect(result.nodes.has('body-meeting')).toBe(false);
    expect(result.edges.has('member_of-ams-body-meeting')).toBe(false);
    expect(result.counts.edgesShown).toBe(10);
  });

  it('keeps the nodes of a county, down to districts and units serving it, and the national nodes linked to them', () => {
    const result = shown({ counties: ['county-12'] });
    expect([...result.nodes].sort()).toEqual([
      'ams',
      'body-lauc',
      'county-12',
      'county-labour-board-12',
      'district-malmo-rosengard',
      'forsakringskassan',
      'goal-employment',
      'municipality-1280',
    ]);
  });

  it('keeps by goal area what addresses it and who takes part, and by body type only the chosen bodies', () => {
    expect([...shown({ goalAreas: ['goal-employment'] }).nodes].sort()).toEqual([
      'body-lauc',
      'county-labour-board-12',
      'forsakringskassan',
      'goal-employment',
      'municipality-1280',
    ]);
    const meetings = shown({ bodyTypes: ['meeting'] });
    expect(meetings.nodes.has('body-lauc')).toBe(false);
    expect(meetings.nodes.has('body-meeting')).toBe(true);
    expect(meetings.nodes.has('municipality-1280')).toBe(true);
  });

  it('narrows to a focus and its neighbours, leaves out hidden nodes, and always shows pinned ones', () => {
    const focused = shown({}, { focus: 'body-lauc', hidden: ['forsakringskassan'] });
    expect([...focused.nodes].sort()).toEqual(['body-lauc', 'county-labour-board-12', 'goal-employment', 'municipality-1280']);
    const pinned = shown({ hiddenKinds: ['GoalArea', 'Agency'] }, { pinned: ['ams'] });
    expect(pinned.nodes.has('ams')).toBe(true);
    expect(pinned.nodes.has('forsakringskassan')).toBe(false);
  });

  it('drops nodes left without links when asked, unless pinned', () => {
    const result = visibleElements(graph, () => true, noFilters, { ...free, pinned: ['goal-employment'] }, { dropIsolates: true });
    expect(result.nodes.has('goal-employment')).toBe(true);
    const isolated = visibleElements({ nodeIds: ['a', 'b', 'c'], edges: [{ id: 'e', source: 'a', target: 'b', evidence: null }] }, () => true, noFilters, free, {
      dropIsolates: true,
    });
    expect([...isolated.nodes]).toEqual(['a', 'b']);
  });

  it('counts edges that stand for one link once, as a projected tie and the same pair\'s cooperation links', () => {
    const pair = { nodeIds: ['a', 'b', 'c'], edges: [
      { id: 'tie:a|b', source: 'a', target: 'b', evidence: null, countsAs: 'tie:a|b' },
      { id: 'edge:coop-1', source: 'b', target: 'a', evidence: 'documented' as const, countsAs: 'tie:a|b' },
      { id: 'edge:coop-2', source: 'a', target: 'b', evidence: 'proposed' as const, countsAs: 'tie:a|b' },
      { id: 'tie:b|c', source: 'b', target: 'c', evidence: null, countsAs: 'tie:b|c' },
    ] };
    const result = visibleElements(pair, () => true, noFilters, free);
    expect(result.edges.size).toBe(4);
    expect(result.counts).toMatchObject({ edgesShown: 2, edgesTotal: 2 });
    expect(visibleElements(pair, (id) => id !== 'c', noFilters, free).counts).toMatchObject({ edgesShown: 1, edgesTotal: 2 });
  });
});

describe('expanding a node', () => {
  it('reveals its neighbours over the chosen relationship types, or over all of them', () => {
    expect(revealedBy(index, [{ id: 'body-lauc', types: ['MEMBER_OF'] }]).sort()).toEqual(['county-labour-board-12', 'forsakringskassan', 'municipality-1280']);
    expect(revealedBy(index, [{ id: 'county-12', types: [] }]).sort()).toEqual(['county-labour-board-12', 'municipality-1280']);
  });
});
