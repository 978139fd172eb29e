import { changeBetween, fieldChanges, type NodeState } from './auditStates';

const node = (properties: NodeState['properties']): NodeState => ({ target: 'node', id: 'body-1', kind: 'Body', properties: { id: 'body-1', ...properties } });

describe('fieldChanges', () => {
  it('lists what differs, leading fields first, bookkeeping left out', () => {
    const before = node({ name: 'Rådet', note: 'gammal', version: 1, goalAreas: ['goal-school'] });
    const after = node({ name: 'Nya rådet', version: 2, goalAreas: ['goal-school', 'goal-employment'], validTo: '2008-12-31' });
    expect(fieldChanges(before, after)).toEqual([
      { field: 'name', before: 'Rådet', after: 'Nya rådet' },
      { field: 'goalAreas', before: 'goal-school', after: 'goal-school;goal-employment' },
      { field: 'note', before: 'gammal', after: null },
      { field: 'validTo', before: null, after: '2008-12-31' },
    ]);
  });

  it('shows every field of a created target', () => {
    expect(fieldChanges(null, node({ name: 'Rådet' }))).toEqual([
      { field: 'id', before: null, after: 'body-1' },
      { field: 'kind', before: null, after: 'Body' },
      { field: 'name', before: null, after: 'Rådet' },
    ]);
  });
});

describe('changeBetween', () => {
  it('calls setting a first end date ending, and moving it a change', () => {
    expect(changeBetween(node({}), node({ validTo: '2007-06-30' })).action).toBe('end');
    expect(changeBetween(node({ validTo: '2007-06-30' }), node({ validTo: '2007-12-31' })).action).toBe('update');
    expect(changeBetween(null, node({})).action).toBe('create');
    expect(changeBetween(node({}), null).action).toBe('delete');
  });
});
