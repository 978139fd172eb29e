import { intersect, toExportEdge, toExportNode } from './elements';

describe('export elements', () => {
  it('intersects validity windows, open ends included', () => {
    expect(intersect([{ start: '2001-01-01', end: null }, { start: null, end: '2007-06-30' }])).toEqual({ start: '2001-01-01', end: '2007-06-30' });
    expect(intersect([{ start: null, end: null }])).toEqual({ start: null, end: null });
    expect(intersect([{ start: '2008-01-01', end: null }, { start: null, end: '2007-06-30' }])).toBeNull();
  });

  it('keeps every stored property but the id, naming the source sourceId', () => {
    const node = toExportNode({ id: 'ams', name: 'AMS', kind: 'Agency', source: 'sou-2007-104', validTo: '2007-12-31', figures: null, offices: 325 });
    expect(node).toEqual({
      id: 'ams',
      label: 'AMS',
      attributes: { name: 'AMS', kind: 'Agency', sourceId: 'sou-2007-104', validTo: '2007-12-31', offices: 325 },
      spell: { start: null, end: '2007-12-31' },
    });
  });

  it('gives an edge the part of its window in which both ends exist', () => {
    const spells = new Map([
      ['integrationsverket', { start: null, end: '2007-06-30' }],
      ['agreement', { start: '2001-01-01', end: null }],
    ]);
    const edge = toExportEdge(
      { properties: { id: 'party', source: 'sou-2007-104', goalAreas: ['goal-employment'] }, type: 'PARTY_TO', from: 'integrationsverket', to: 'agreement' },
      spells,
    );
    expect(edge).toEqual({
      id: 'party',
      source: 'integrationsverket',
      target: 'agreement',
      label: 'PARTY_TO',
      directed: true,
      attributes: { relationship: 'PARTY_TO', sourceId: 'sou-2007-104', goalAreas: ['goal-employment'] },
      spell: { start: '2001-01-01', end: '2007-06-30' },
    });
  });

  it('keeps a succession, whose ends never exist on the same day, with its own window', () => {
    const spells = new Map([
      ['ams', { start: null, end: '2007-12-31' }],
      ['arbetsformedlingen', { start: '2008-01-01', end: null }],
    ]);
    const edge = toExportEdge({ properties: { id: 'succeeded', validFrom: '2008-01-01' }, type: 'SUCCEEDED_BY', from: 'ams', to: 'arbetsformedlingen' }, spells);
    expect(edge?.spell).toEqual({ start: '2008-01-01', end: null });
    expect(toExportEdge({ properties: { id: 'dangling' }, type: 'SUCCEEDED_BY', from: 'ams', to: 'nowhere' }, spells)).toBeNull();
  });
});
